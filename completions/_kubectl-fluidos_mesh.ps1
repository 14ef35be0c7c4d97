
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kubectl-fluidos_mesh' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kubectl-fluidos_mesh'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kubectl-fluidos_mesh' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sites', 'sites', [CompletionResultType]::ParameterValue, 'List the sites of the mesh: every topology.kubernetes.io/zone and its nodes')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where every microservice runs: ready/desired replicas per site, locality routing, warnings')
            [CompletionResult]::new('offload', 'offload', [CompletionResultType]::ParameterValue, 'Run a namespace or a microservice at edge sites too (the cloud stays the anchor)')
            [CompletionResult]::new('unoffload', 'unoffload', [CompletionResultType]::ParameterValue, 'Bring a microservice or namespace back from edge sites')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move microservices between cloud and edge: interactively, or `move s0 s1 --to edge1`, `move s0 --from edge1`')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Predict end-to-end latency of placements from the call graph, with and without the mesh, and recommend which microservices to offload')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that locality routing really works: categories of checks with codes and hints; exit 1 when any check fails')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Mesh policies of a service (load balancing, session affinity)')
            [CompletionResult]::new('peer', 'peer', [CompletionResultType]::ParameterValue, 'Peer an edge cluster with Liqo (liqoctl peer), wait until the peering is healthy and the virtual node ready, and give the virtual node the site''s zone label')
            [CompletionResult]::new('unpeer', 'unpeer', [CompletionResultType]::ParameterValue, 'Tear down the peering with an edge site (liqoctl unpeer); refuses while service copies are pinned there unless --force, which moves them back first')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install Istio for the continuum: istio-system kept at the cloud (Liqo `Local`), istiod pinned to the cloud with tracing, one ingress gateway per site; re-running upgrades in place and changes nothing when nothing differs')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what `install` made, in reverse order (asks first unless --yes)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;sites' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;status' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read manifests instead of the cluster (file, directory or -; repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Read manifests instead of the cluster (file, directory or -; repeatable)')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;offload' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site''s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site''s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;offload;namespace' {
            [CompletionResult]::new('--sites', '--sites', [CompletionResultType]::ParameterName, 'Only these sites (default: every peered site)')
            [CompletionResult]::new('--pod-offloading-strategy', '--pod-offloading-strategy', [CompletionResultType]::ParameterName, 'Where pods of the namespace may run')
            [CompletionResult]::new('--mtls', '--mtls', [CompletionResultType]::ParameterName, 'The namespace''s own mTLS mode (PeerAuthentication `default`; default: the mesh''s)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--no-injection', '--no-injection', [CompletionResultType]::ParameterName, 'Leave the istio-injection label alone')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;offload;ns' {
            [CompletionResult]::new('--sites', '--sites', [CompletionResultType]::ParameterName, 'Only these sites (default: every peered site)')
            [CompletionResult]::new('--pod-offloading-strategy', '--pod-offloading-strategy', [CompletionResultType]::ParameterName, 'Where pods of the namespace may run')
            [CompletionResult]::new('--mtls', '--mtls', [CompletionResultType]::ParameterName, 'The namespace''s own mTLS mode (PeerAuthentication `default`; default: the mesh''s)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--no-injection', '--no-injection', [CompletionResultType]::ParameterName, 'Leave the istio-injection label alone')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;offload;svc' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Edge sites to run it at')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Initial replicas of each new edge copy (default 1; its HPA scales from there)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'HPA minimum replicas (default: the original HPA''s, else 1)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'HPA maximum replicas (default: the original HPA''s, else 10)')
            [CompletionResult]::new('--cpu-target', '--cpu-target', [CompletionResultType]::ParameterName, 'HPA CPU utilisation target in percent (default: the original HPA''s, else 60)')
            [CompletionResult]::new('--lb', '--lb', [CompletionResultType]::ParameterName, 'Load-balancing algorithm among the service''s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)')
            [CompletionResult]::new('--sticky', '--sticky', [CompletionResultType]::ParameterName, 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the new copies to be ready (default: when stderr is a terminal)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--offload-namespace', '--offload-namespace', [CompletionResultType]::ParameterName, 'Offload the namespace to the sites first when needed (requires --yes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;offload;service' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Edge sites to run it at')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Initial replicas of each new edge copy (default 1; its HPA scales from there)')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'HPA minimum replicas (default: the original HPA''s, else 1)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'HPA maximum replicas (default: the original HPA''s, else 10)')
            [CompletionResult]::new('--cpu-target', '--cpu-target', [CompletionResultType]::ParameterName, 'HPA CPU utilisation target in percent (default: the original HPA''s, else 60)')
            [CompletionResult]::new('--lb', '--lb', [CompletionResultType]::ParameterName, 'Load-balancing algorithm among the service''s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)')
            [CompletionResult]::new('--sticky', '--sticky', [CompletionResultType]::ParameterName, 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the new copies to be ready (default: when stderr is a terminal)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--offload-namespace', '--offload-namespace', [CompletionResultType]::ParameterName, 'Offload the namespace to the sites first when needed (requires --yes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;offload;help' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site''s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;offload;help;namespace' {
            break
        }
        'kubectl-fluidos_mesh;offload;help;svc' {
            break
        }
        'kubectl-fluidos_mesh;offload;help;help' {
            break
        }
        'kubectl-fluidos_mesh;unoffload' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Stop offloading a namespace (deletes the plugin''s NamespaceOffloading); asks first')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Stop offloading a namespace (deletes the plugin''s NamespaceOffloading); asks first')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Remove a microservice''s edge copies, or restore its original Deployment')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Remove a microservice''s edge copies, or restore its original Deployment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;unoffload;namespace' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'First bring back every service that still has edge copies in the namespace')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;unoffload;ns' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'First bring back every service that still has edge copies in the namespace')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;unoffload;svc' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Remove the copies at these sites')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove the copies at every edge site')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Return to exactly the original Deployment and HPA, removing everything the plugin added')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;unoffload;service' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Remove the copies at these sites')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove the copies at every edge site')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Return to exactly the original Deployment and HPA, removing everything the plugin added')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;unoffload;help' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Stop offloading a namespace (deletes the plugin''s NamespaceOffloading); asks first')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Remove a microservice''s edge copies, or restore its original Deployment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;unoffload;help;namespace' {
            break
        }
        'kubectl-fluidos_mesh;unoffload;help;svc' {
            break
        }
        'kubectl-fluidos_mesh;unoffload;help;help' {
            break
        }
        'kubectl-fluidos_mesh;move' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Run them at these edge sites too')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Bring them back from these edge sites')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;plan' {
            [CompletionResult]::new('--workmodel', '--workmodel', [CompletionResultType]::ParameterName, 'µBench workmodel: its JSON, or the `workmodel` ConfigMap (default: from -f or the cluster)')
            [CompletionResult]::new('--prometheus', '--prometheus', [CompletionResultType]::ParameterName, 'Prometheus URL holding Istio''s standard metrics (e.g. http://localhost:9090 through a port-forward): the call graph comes from istio_requests_total')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'The window rates and durations are averaged over (a PromQL duration)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Manifests to read the workmodel ConfigMap and the current placement from')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Manifests to read the workmodel ConfigMap and the current placement from')
            [CompletionResult]::new('--placement', '--placement', [CompletionResultType]::ParameterName, 'The placement to evaluate, per edge site (repeatable): edge1=s0,s1,s2 (default: the cluster''s)')
            [CompletionResult]::new('--rtt', '--rtt', [CompletionResultType]::ParameterName, 'Round trip between cloud and edge: 160ms for every edge, or SITE=DURATION (repeatable)')
            [CompletionResult]::new('--hop', '--hop', [CompletionResultType]::ParameterName, 'Cost of every call besides the round trip')
            [CompletionResult]::new('--service-time', '--service-time', [CompletionResultType]::ParameterName, 'Processing time of a service (repeatable): s0=45ms')
            [CompletionResult]::new('--default-service-time', '--default-service-time', [CompletionResultType]::ParameterName, 'Processing time of every other service')
            [CompletionResult]::new('--ingress-site', '--ingress-site', [CompletionResultType]::ParameterName, 'Where requests enter (default: the edge being planned)')
            [CompletionResult]::new('--entry', '--entry', [CompletionResultType]::ParameterName, 'The service requests enter (default: the call graph''s root)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'At most this many services at the edge (with --recommend; default 4, or no limit when only --cpu-budget is given)')
            [CompletionResult]::new('--cpu-budget', '--cpu-budget', [CompletionResultType]::ParameterName, 'At most this much CPU (sum of the services'' CPU requests, e.g. 2 or 1500m) at the edge')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'Simulated requests per placement and routing')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the simulation (same seed, same numbers)')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--recommend', '--recommend', [CompletionResultType]::ParameterName, 'Search the best placement at the ingress site')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Carry out the recommended moves (asks first unless --yes)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Check manifests instead of the cluster (file, directory or -; repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Check manifests instead of the cluster (file, directory or -; repeatable)')
            [CompletionResult]::new('--workmodel', '--workmodel', [CompletionResultType]::ParameterName, 'µBench workmodel (JSON or the ConfigMap), to check the traffic shape')
            [CompletionResult]::new('--prometheus', '--prometheus', [CompletionResultType]::ParameterName, 'Prometheus URL holding Istio''s standard metrics (e.g. http://localhost:9090 through a port-forward): the call graph comes from istio_requests_total')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'The window rates and durations are averaged over (a PromQL duration)')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Exit 1 on warnings too')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;policy' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Set a service''s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Set a service''s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;policy;svc' {
            [CompletionResult]::new('--lb', '--lb', [CompletionResultType]::ParameterName, 'Load-balancing algorithm among the service''s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)')
            [CompletionResult]::new('--sticky', '--sticky', [CompletionResultType]::ParameterName, 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Remove the plugin''s load-balancing fields (Istio''s default applies again)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;policy;service' {
            [CompletionResult]::new('--lb', '--lb', [CompletionResultType]::ParameterName, 'Load-balancing algorithm among the service''s endpoints (DestinationRule trafficPolicy.loadBalancer.simple)')
            [CompletionResult]::new('--sticky', '--sticky', [CompletionResultType]::ParameterName, 'Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Work on manifests instead of the cluster (file, directory or - for stdin; repeatable): print the resulting objects, touching no cluster')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each wait may take (e.g. 2m, 90s)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Remove the plugin''s load-balancing fields (Istio''s default applies again)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields another field manager owns (server-side apply force)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;policy;help' {
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Set a service''s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;policy;help;svc' {
            break
        }
        'kubectl-fluidos_mesh;policy;help;help' {
            break
        }
        'kubectl-fluidos_mesh;peer' {
            [CompletionResult]::new('--remote-kubeconfig', '--remote-kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig of the edge cluster')
            [CompletionResult]::new('--remote-context', '--remote-context', [CompletionResultType]::ParameterName, 'Context in the edge kubeconfig (default: its current context)')
            [CompletionResult]::new('--liqoctl', '--liqoctl', [CompletionResultType]::ParameterName, 'The liqoctl program (default: $FLUIDOS_MESH_LIQOCTL, else liqoctl on PATH)')
            [CompletionResult]::new('--gw-server-service-type', '--gw-server-service-type', [CompletionResultType]::ParameterName, 'Service type of Liqo''s network gateway server')
            [CompletionResult]::new('--cpu', '--cpu', [CompletionResultType]::ParameterName, 'CPU the edge shares (liqoctl --cpu)')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory the edge shares (liqoctl --memory)')
            [CompletionResult]::new('--pods', '--pods', [CompletionResultType]::ParameterName, 'Pods the edge accepts (liqoctl --pods)')
            [CompletionResult]::new('--cluster-id', '--cluster-id', [CompletionResultType]::ParameterName, 'The edge''s Liqo cluster id, when it is not the site name and several peerings are new')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each step may take (helm --timeout, waits)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands and API objects, run nothing')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;unpeer' {
            [CompletionResult]::new('--remote-kubeconfig', '--remote-kubeconfig', [CompletionResultType]::ParameterName, 'Kubeconfig of the edge cluster')
            [CompletionResult]::new('--remote-context', '--remote-context', [CompletionResultType]::ParameterName, 'Context in the edge kubeconfig (default: its current context)')
            [CompletionResult]::new('--liqoctl', '--liqoctl', [CompletionResultType]::ParameterName, 'The liqoctl program (default: $FLUIDOS_MESH_LIQOCTL, else liqoctl on PATH)')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each step may take (helm --timeout, waits)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'First move every service copy pinned to the site back to the cloud')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands and API objects, run nothing')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;install' {
            [CompletionResult]::new('--sites', '--sites', [CompletionResultType]::ParameterName, 'Sites that get an ingress gateway, the cloud among them (default: every site of the cluster)')
            [CompletionResult]::new('--istio-version', '--istio-version', [CompletionResultType]::ParameterName, 'Istio version of the charts')
            [CompletionResult]::new('--gateway-service-type', '--gateway-service-type', [CompletionResultType]::ParameterName, 'Service type of every site''s gateway')
            [CompletionResult]::new('--mtls', '--mtls', [CompletionResultType]::ParameterName, 'Mesh-wide mTLS between sidecars (PeerAuthentication `default` in istio-system)')
            [CompletionResult]::new('--tracing-sampling', '--tracing-sampling', [CompletionResultType]::ParameterName, 'Percentage of requests traced, 0 to 100 (Istio''s default is 1)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'Istio chart repository')
            [CompletionResult]::new('--chart-dir', '--chart-dir', [CompletionResultType]::ParameterName, 'Use unpacked charts from DIR/<chart> instead of repositories (air-gapped installs)')
            [CompletionResult]::new('--helm', '--helm', [CompletionResultType]::ParameterName, 'The helm program (default: $FLUIDOS_MESH_HELM, else helm on PATH)')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each step may take (helm --timeout, waits)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--telemetry', '--telemetry', [CompletionResultType]::ParameterName, 'Also install kube-prometheus-stack, Jaeger and Kiali, and the monitors for Envoy and istiod')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands and API objects, run nothing')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;uninstall' {
            [CompletionResult]::new('--helm', '--helm', [CompletionResultType]::ParameterName, 'The helm program (default: $FLUIDOS_MESH_HELM, else helm on PATH)')
            [CompletionResult]::new('--cloud-site', '--cloud-site', [CompletionResultType]::ParameterName, 'The zone label value of the main cluster''s nodes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long each step may take (helm --timeout, waits)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Uninstall even while application namespaces still have sidecar injection on')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands and API objects, run nothing')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;completion' {
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The kubeconfig context to use (default: its current-context)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace scope (default: the context''s namespace, else `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Across all namespaces')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation prompt')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging to stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours or spinners (also when NO_COLOR is set or the output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kubectl-fluidos_mesh;help' {
            [CompletionResult]::new('sites', 'sites', [CompletionResultType]::ParameterValue, 'List the sites of the mesh: every topology.kubernetes.io/zone and its nodes')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where every microservice runs: ready/desired replicas per site, locality routing, warnings')
            [CompletionResult]::new('offload', 'offload', [CompletionResultType]::ParameterValue, 'Run a namespace or a microservice at edge sites too (the cloud stays the anchor)')
            [CompletionResult]::new('unoffload', 'unoffload', [CompletionResultType]::ParameterValue, 'Bring a microservice or namespace back from edge sites')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move microservices between cloud and edge: interactively, or `move s0 s1 --to edge1`, `move s0 --from edge1`')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Predict end-to-end latency of placements from the call graph, with and without the mesh, and recommend which microservices to offload')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that locality routing really works: categories of checks with codes and hints; exit 1 when any check fails')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Mesh policies of a service (load balancing, session affinity)')
            [CompletionResult]::new('peer', 'peer', [CompletionResultType]::ParameterValue, 'Peer an edge cluster with Liqo (liqoctl peer), wait until the peering is healthy and the virtual node ready, and give the virtual node the site''s zone label')
            [CompletionResult]::new('unpeer', 'unpeer', [CompletionResultType]::ParameterValue, 'Tear down the peering with an edge site (liqoctl unpeer); refuses while service copies are pinned there unless --force, which moves them back first')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install Istio for the continuum: istio-system kept at the cloud (Liqo `Local`), istiod pinned to the cloud with tracing, one ingress gateway per site; re-running upgrades in place and changes nothing when nothing differs')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what `install` made, in reverse order (asks first unless --yes)')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kubectl-fluidos_mesh;help;sites' {
            break
        }
        'kubectl-fluidos_mesh;help;status' {
            break
        }
        'kubectl-fluidos_mesh;help;offload' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn on Istio sidecar injection')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site''s zone, a DestinationRule with outlier detection (locality routing), the cloud copy as anchor')
            break
        }
        'kubectl-fluidos_mesh;help;offload;namespace' {
            break
        }
        'kubectl-fluidos_mesh;help;offload;svc' {
            break
        }
        'kubectl-fluidos_mesh;help;unoffload' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Stop offloading a namespace (deletes the plugin''s NamespaceOffloading); asks first')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Remove a microservice''s edge copies, or restore its original Deployment')
            break
        }
        'kubectl-fluidos_mesh;help;unoffload;namespace' {
            break
        }
        'kubectl-fluidos_mesh;help;unoffload;svc' {
            break
        }
        'kubectl-fluidos_mesh;help;move' {
            break
        }
        'kubectl-fluidos_mesh;help;plan' {
            break
        }
        'kubectl-fluidos_mesh;help;check' {
            break
        }
        'kubectl-fluidos_mesh;help;policy' {
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Set a service''s load balancing or session affinity in its DestinationRule, next to the outlierDetection that locality routing needs; moves nothing')
            break
        }
        'kubectl-fluidos_mesh;help;policy;svc' {
            break
        }
        'kubectl-fluidos_mesh;help;peer' {
            break
        }
        'kubectl-fluidos_mesh;help;unpeer' {
            break
        }
        'kubectl-fluidos_mesh;help;install' {
            break
        }
        'kubectl-fluidos_mesh;help;uninstall' {
            break
        }
        'kubectl-fluidos_mesh;help;completion' {
            break
        }
        'kubectl-fluidos_mesh;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
