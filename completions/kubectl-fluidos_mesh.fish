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
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites completion help" -f -a "sites" -d 'List the sites of the mesh: every topology.kubernetes.io/zone and its nodes'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c kubectl-fluidos_mesh -n "__fish_kubectl_fluidos_mesh_using_subcommand help; and not __fish_seen_subcommand_from sites completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
