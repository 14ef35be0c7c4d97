# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kubectl_fluidos_mesh_global_optspecs
    string join \n kubeconfig= context= n/namespace= A/all-namespaces o/output= y/yes v/verbose no-color request-timeout= h/help V/version
end

function __fish_kubectl_fluidos_mesh_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kubectl_fluidos_mesh_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kubectl_fluidos_mesh_using_subcommand
    set -l cmd (__fish_kubectl_fluidos_mesh_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -s V -l version -d 'Print version'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "sites" -d 'List the sites of the mesh: every topology.kubernetes.io/zone and its nodes'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "status" -d 'Where every microservice runs: ready/desired replicas per site, locality routing, warnings'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "offload" -d 'Run a namespace or a microservice at edge sites too (the cloud stays the anchor)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "unoffload" -d 'Bring a microservice or namespace back from edge sites'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "move" -d 'Move microservices between cloud and edge: interactively, or `move s0 s1 --to edge1`, `move s0 --from edge1`'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "plan" -d 'Predict end-to-end latency of placements from the call graph, with and without the mesh, and recommend which microservices to offload'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "check" -d 'Check that locality routing really works: categories of checks with codes and hints; exit 1 when any check fails'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "policy" -d 'Mesh policies of a service (load balancing, session affinity)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "peer" -d 'Peer an edge cluster with Liqo (liqoctl peer), wait until the peering is healthy and the virtual node ready, and give the virtual node the site\'s zone label'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "unpeer" -d 'Tear down the peering with an edge site (liqoctl unpeer); refuses while service copies are pinned there unless --force, which moves them back first'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "install" -d 'Install Istio for the continuum: istio-system kept at the cloud (Liqo `Local`), istiod pinned to the cloud with tracing, one ingress gateway per site; re-running upgrades in place and changes nothing when nothing differs'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "uninstall" -d 'Remove what `install` made, in reverse order (asks first unless --yes)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand sites" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s f -l filename -d 'Read manifests instead of the cluster (file, directory or -; repeatable)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "namespace" -d 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "ns" -d 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "svc" -d 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site\'s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "service" -d 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site\'s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l sites -d 'Only these sites (default: every peered site)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l pod-offloading-strategy -d 'Where pods of the namespace may run' -r -f -a "LocalAndRemote\t''
Remote\t''
Local\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l mtls -d 'The namespace\'s own mTLS mode (PeerAuthentication `default`; default: the mesh\'s)' -r -f -a "strict\t''
permissive\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l no-injection -d 'Leave the istio-injection label alone'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from namespace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l sites -d 'Only these sites (default: every peered site)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l pod-offloading-strategy -d 'Where pods of the namespace may run' -r -f -a "LocalAndRemote\t''
Remote\t''
Local\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l mtls -d 'The namespace\'s own mTLS mode (PeerAuthentication `default`; default: the mesh\'s)' -r -f -a "strict\t''
permissive\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l no-injection -d 'Leave the istio-injection label alone'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from ns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l to -d 'Edge sites to run it at' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l replicas -d 'Initial replicas of each new edge copy (default 1; its HPA scales from there)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l min -d 'HPA minimum replicas (default: the original HPA\'s, else 1)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l max -d 'HPA maximum replicas (default: the original HPA\'s, else 10)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l cpu-target -d 'HPA CPU utilisation target in percent (default: the original HPA\'s, else 60)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l lb -d 'Load-balancing algorithm among the service\'s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)' -r -f -a "least-request\t''
round-robin\t''
random\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l sticky -d 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l wait -d 'Wait for the new copies to be ready (default: when stderr is a terminal)' -r -f -a "true\t''
false\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l offload-namespace -d 'Offload the namespace to the sites first when needed (requires --yes)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l to -d 'Edge sites to run it at' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l replicas -d 'Initial replicas of each new edge copy (default 1; its HPA scales from there)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l min -d 'HPA minimum replicas (default: the original HPA\'s, else 1)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l max -d 'HPA maximum replicas (default: the original HPA\'s, else 10)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l cpu-target -d 'HPA CPU utilisation target in percent (default: the original HPA\'s, else 60)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l lb -d 'Load-balancing algorithm among the service\'s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)' -r -f -a "least-request\t''
round-robin\t''
random\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l sticky -d 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l wait -d 'Wait for the new copies to be ready (default: when stderr is a terminal)' -r -f -a "true\t''
false\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l offload-namespace -d 'Offload the namespace to the sites first when needed (requires --yes)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from help" -f -a "namespace" -d 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from help" -f -a "svc" -d 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site\'s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand offload; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "namespace" -d 'Stop offloading a namespace (deletes the plugin\'s NamespaceOffloading); asks first'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "ns" -d 'Stop offloading a namespace (deletes the plugin\'s NamespaceOffloading); asks first'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "svc" -d 'Remove a microservice\'s edge copies, or restore its original Deployment'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "service" -d 'Remove a microservice\'s edge copies, or restore its original Deployment'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and not __fish_seen_subcommand_from namespace ns svc service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l force -d 'First bring back every service that still has edge copies in the namespace'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from namespace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l force -d 'First bring back every service that still has edge copies in the namespace'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from ns" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l from -d 'Remove the copies at these sites' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l all -d 'Remove the copies at every edge site'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l restore -d 'Return to exactly the original Deployment and HPA, removing everything the plugin added'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l from -d 'Remove the copies at these sites' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l all -d 'Remove the copies at every edge site'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l restore -d 'Return to exactly the original Deployment and HPA, removing everything the plugin added'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from help" -f -a "namespace" -d 'Stop offloading a namespace (deletes the plugin\'s NamespaceOffloading); asks first'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from help" -f -a "svc" -d 'Remove a microservice\'s edge copies, or restore its original Deployment'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unoffload; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l to -d 'Run them at these edge sites too' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l from -d 'Bring them back from these edge sites' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l workmodel -d 'µBench workmodel: its JSON, or the `workmodel` ConfigMap (default: from -f or the cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l prometheus -d 'Prometheus URL holding Istio\'s standard metrics (e.g. http://localhost:9090 through a port-forward): the call graph comes from istio_requests_total' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l window -d 'The window rates and durations are averaged over (a PromQL duration)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s f -l filename -d 'Manifests to read the workmodel ConfigMap and the current placement from' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l placement -d 'The placement to evaluate, per edge site (repeatable): edge1=s0,s1,s2 (default: the cluster\'s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l rtt -d 'Round trip between cloud and edge: 160ms for every edge, or SITE=DURATION (repeatable)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l hop -d 'Cost of every call besides the round trip' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l service-time -d 'Processing time of a service (repeatable): s0=45ms' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l default-service-time -d 'Processing time of every other service' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l ingress-site -d 'Where requests enter (default: the edge being planned)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l entry -d 'The service requests enter (default: the call graph\'s root)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l budget -d 'At most this many services at the edge (with --recommend; default 4, or no limit when only --cpu-budget is given)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l cpu-budget -d 'At most this much CPU (sum of the services\' CPU requests, e.g. 2 or 1500m) at the edge' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l samples -d 'Simulated requests per placement and routing' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l seed -d 'Seed of the simulation (same seed, same numbers)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l recommend -d 'Search the best placement at the ingress site'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l apply -d 'Carry out the recommended moves (asks first unless --yes)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s f -l filename -d 'Check manifests instead of the cluster (file, directory or -; repeatable)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l workmodel -d 'µBench workmodel (JSON or the ConfigMap), to check the traffic shape' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l prometheus -d 'Prometheus URL holding Istio\'s standard metrics (e.g. http://localhost:9090 through a port-forward): the call graph comes from istio_requests_total' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l window -d 'The window rates and durations are averaged over (a PromQL duration)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l warnings-as-errors -d 'Exit 1 on warnings too'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -f -a "svc" -d 'Set a service\'s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -f -a "service" -d 'Set a service\'s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and not __fish_seen_subcommand_from svc service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l lb -d 'Load-balancing algorithm among the service\'s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)' -r -f -a "least-request\t''
round-robin\t''
random\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l sticky -d 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l clear -d 'Remove the plugin\'s load-balancing fields (Istio\'s default applies again)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l lb -d 'Load-balancing algorithm among the service\'s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)' -r -f -a "least-request\t''
round-robin\t''
random\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l sticky -d 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s f -l filename -d 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l timeout -d 'How long each wait may take (e.g. 2m, 90s)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l clear -d 'Remove the plugin\'s load-balancing fields (Istio\'s default applies again)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l dry-run -d 'Print what would change and change nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l force-conflicts -d 'Take over fields another field manager owns (server-side apply force)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "svc" -d 'Set a service\'s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l remote-kubeconfig -d 'Kubeconfig of the edge cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l remote-context -d 'Context in the edge kubeconfig (default: its current context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l liqoctl -d 'The liqoctl program (default: $FLUIDOS_MESH_LIQOCTL, else liqoctl on PATH)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l gw-server-service-type -d 'Service type of Liqo\'s network gateway server' -r -f -a "LoadBalancer\t''
NodePort\t''
ClusterIP\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l cpu -d 'CPU the edge shares (liqoctl --cpu)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l memory -d 'Memory the edge shares (liqoctl --memory)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l pods -d 'Pods the edge accepts (liqoctl --pods)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l cluster-id -d 'The edge\'s Liqo cluster id, when it is not the site name and several peerings are new' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l timeout -d 'How long each step may take (helm --timeout, waits)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l dry-run -d 'Print the commands and API objects, run nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand peer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l remote-kubeconfig -d 'Kubeconfig of the edge cluster' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l remote-context -d 'Context in the edge kubeconfig (default: its current context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l liqoctl -d 'The liqoctl program (default: $FLUIDOS_MESH_LIQOCTL, else liqoctl on PATH)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l timeout -d 'How long each step may take (helm --timeout, waits)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l force -d 'First move every service copy pinned to the site back to the cloud'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l dry-run -d 'Print the commands and API objects, run nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand unpeer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l sites -d 'Sites that get an ingress gateway, the cloud among them (default: every site of the cluster)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l istio-version -d 'Istio version of the charts' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l gateway-service-type -d 'Service type of every site\'s gateway' -r -f -a "LoadBalancer\t''
NodePort\t''
ClusterIP\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l mtls -d 'Mesh-wide mTLS between sidecars (PeerAuthentication `default` in istio-system)' -r -f -a "strict\t''
permissive\t''"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l tracing-sampling -d 'Percentage of requests traced, 0 to 100 (Istio\'s default is 1)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l repo -d 'Istio chart repository' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l chart-dir -d 'Use unpacked charts from DIR/<chart> instead of repositories (air-gapped installs)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l helm -d 'The helm program (default: $FLUIDOS_MESH_HELM, else helm on PATH)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l timeout -d 'How long each step may take (helm --timeout, waits)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l telemetry -d 'Also install kube-prometheus-stack, Jaeger and Kiali, and the monitors for Envoy and istiod'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l dry-run -d 'Print the commands and API objects, run nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l helm -d 'The helm program (default: $FLUIDOS_MESH_HELM, else helm on PATH)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l cloud-site -d 'The zone label value of the main cluster\'s nodes' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l timeout -d 'How long each step may take (helm --timeout, waits)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l force -d 'Uninstall even while application namespaces still have sidecar injection on'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l dry-run -d 'Print the commands and API objects, run nothing'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand uninstall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -l kubeconfig -d 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)' -r -F
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -l context -d 'The kubeconfig context to use (default: its current-context)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -s n -l namespace -d 'Namespace scope (default: the context\'s namespace, else `default`)' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
wide\t'Table with extra columns'
yaml\t'YAML document (stable, for scripts)'
json\t'JSON document (stable, for scripts)'"
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -l request-timeout -d 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default' -r
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -s A -l all-namespaces -d 'Across all namespaces'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -s y -l yes -d 'Answer yes to every confirmation prompt'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -s v -l verbose -d 'More logging to stderr (-v info, -vv debug, -vvv trace)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -l no-color -d 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "sites" -d 'List the sites of the mesh: every topology.kubernetes.io/zone and its nodes'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "status" -d 'Where every microservice runs: ready/desired replicas per site, locality routing, warnings'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "offload" -d 'Run a namespace or a microservice at edge sites too (the cloud stays the anchor)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "unoffload" -d 'Bring a microservice or namespace back from edge sites'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "move" -d 'Move microservices between cloud and edge: interactively, or `move s0 s1 --to edge1`, `move s0 --from edge1`'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "plan" -d 'Predict end-to-end latency of placements from the call graph, with and without the mesh, and recommend which microservices to offload'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "check" -d 'Check that locality routing really works: categories of checks with codes and hints; exit 1 when any check fails'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "policy" -d 'Mesh policies of a service (load balancing, session affinity)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "peer" -d 'Peer an edge cluster with Liqo (liqoctl peer), wait until the peering is healthy and the virtual node ready, and give the virtual node the site\'s zone label'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "unpeer" -d 'Tear down the peering with an edge site (liqoctl unpeer); refuses while service copies are pinned there unless --force, which moves them back first'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "install" -d 'Install Istio for the continuum: istio-system kept at the cloud (Liqo `Local`), istiod pinned to the cloud with tracing, one ingress gateway per site; re-running upgrades in place and changes nothing when nothing differs'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "uninstall" -d 'Remove what `install` made, in reverse order (asks first unless --yes)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites status offload unoffload move plan check policy peer unpeer install uninstall completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and __fish_seen_subcommand_from offload" -f -a "namespace" -d 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and __fish_seen_subcommand_from offload" -f -a "svc" -d 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site\'s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and __fish_seen_subcommand_from unoffload" -f -a "namespace" -d 'Stop offloading a namespace (deletes the plugin\'s NamespaceOffloading); asks first'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and __fish_seen_subcommand_from unoffload" -f -a "svc" -d 'Remove a microservice\'s edge copies, or restore its original Deployment'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "svc" -d 'Set a service\'s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing'
