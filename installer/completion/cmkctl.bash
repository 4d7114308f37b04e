# bash completion for cmkctl (CMK Wizard's command line). Installed to the bash-completion
# directory; also printed by `cmkctl completion bash`. Completes commands, subcommands, options,
# track ids (from `cmkctl track list`), option values with a fixed set, and file names.

_cmkctl()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion || return
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local commands="demo cloud track auth status lock unlock handoff sandbox batch journal evidence completion"
    local global="--cloud --profile --sandbox --lang --output --credential-file --no-color --help --version"

    case "$prev" in
        --output)
            COMPREPLY=($(compgen -W "table json csv" -- "$cur")); return ;;
        --export)
            COMPREPLY=($(compgen -W "az ps arm" -- "$cur")); return ;;
        --format)
            COMPREPLY=($(compgen -W "json html" -- "$cur")); return ;;
        --separation)
            COMPREPLY=($(compgen -W "warn refuse" -- "$cur")); return ;;
        --method)
            COMPREPLY=($(compgen -W "revoke-access disable-key disable-key-version delete-key delete-vault delete-policy" -- "$cur")); return ;;
        --lang)
            COMPREPLY=($(compgen -W "en de" -- "$cur")); return ;;
        --cloud)
            COMPREPLY=($(compgen -W "AzureCloud AzureUSGovernment AzureChinaCloud" -- "$cur")); return ;;
        --scenario)
            COMPREPLY=($(compgen -W "empty demo scale" -- "$cur")); return ;;
        --profile|--input|--run-file|--handoff|--credential-file|--out|--support-out)
            COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
        --batch-dir)
            COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
        --interval|--count|--tenant|--as|--as-isv|--as-customer|--policy|--region|--confirm|--justification|--since)
            return ;;
    esac

    # The command and subcommand: the first words that are not options or option values.
    local command="" sub="" i w
    for ((i = 1; i < cword; i++)); do
        w="${words[i]}"
        case "$w" in
            --cloud|--profile|--lang|--output|--credential-file|--input|--run-file|--handoff|--export|--format|\
            --separation|--method|--scenario|--out|--support-out|--batch-dir|--interval|--count|--tenant|--as|\
            --as-isv|--as-customer|--policy|--region|--confirm|--justification|--since)
                ((i++)) ;;
            -*) ;;
            *)
                if [[ -z "$command" ]]; then command="$w"; elif [[ -z "$sub" ]]; then sub="$w"; fi ;;
        esac
    done

    if [[ -z "$command" ]]; then
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options="$global"
    case "$command" in
        track)
            if [[ -z "$sub" ]]; then
                COMPREPLY=($(compgen -W "list plan run resume" -- "$cur")); return
            fi
            if [[ "$sub" == plan || "$sub" == run ]] && [[ "$cur" != -* ]] && [[ "${words[cword-1]}" == "$sub" ]]; then
                local tracks
                tracks=$("${words[0]}" track list --output json 2>/dev/null | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')
                COMPREPLY=($(compgen -W "$tracks" -- "$cur")); return
            fi
            options="$options --input --run-file --handoff --export --yes --confirm --justification --separation --as-isv --as-customer" ;;
        cloud) [[ -z "$sub" ]] && { COMPREPLY=($(compgen -W "list" -- "$cur")); return; } ;;
        auth)
            [[ -z "$sub" ]] && { COMPREPLY=($(compgen -W "login logout status" -- "$cur")); return; }
            options="$options --device-code --tenant --as" ;;
        handoff)
            [[ -z "$sub" ]] && { COMPREPLY=($(compgen -W "import export" -- "$cur")); return; }
            [[ "$sub" == import && "$cur" != -* ]] && { COMPREPLY=($(compgen -f -- "$cur")); return; }
            options="$options --run-file --out" ;;
        journal|evidence)
            [[ -z "$sub" ]] && { COMPREPLY=($(compgen -W "export" -- "$cur")); return; }
            options="$options --run-file --since --status --format --out" ;;
        completion)
            [[ -z "$sub" ]] && { COMPREPLY=($(compgen -W "bash" -- "$cur")); return; } ;;
        status) options="$options --watch --interval --count --as-customer" ;;
        lock) options="$options --policy --method --input --run-file --confirm --yes --justification --separation" ;;
        unlock) options="$options --policy --region --support-out --input --run-file --yes --justification --separation" ;;
        sandbox) options="--scenario --out --help" ;;
        batch)
            [[ -z "$sub" && "$cur" != -* ]] && { COMPREPLY=($(compgen -f -- "$cur")); return; }
            options="$options --batch-dir --yes --justification --separation --as-isv --as-customer" ;;
        demo) options="$options --walk" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}

complete -F _cmkctl cmkctl
