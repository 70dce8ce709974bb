# bash completion for marsad; installed by `make install` to
# share/bash-completion/completions/marsad (cmake/Install.cmake), tested by
# tests/cli/completion.sh. Commands and options are read from marsad's own usage and
# --help at completion time, so they follow the binary being completed.
_marsad() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local cmd=${COMP_WORDS[0]} IFS=$'\n'
  if ((COMP_CWORD == 1)); then
    # `marsad` alone prints the commands on stderr, two spaces in, after "commands:".
    local commands
    commands=$("$cmd" 2>&1 >/dev/null | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
    COMPREPLY=($(compgen -W "$commands"$'\n'--help$'\n'--version -- "$cur"))
    return
  fi
  local help
  help=$("$cmd" "${COMP_WORDS[@]:1:COMP_CWORD-1}" --help 2>/dev/null) ||
    help=$("$cmd" "${COMP_WORDS[1]}" --help 2>/dev/null)
  # An option with a fixed set of values shows it as TEXT:{a,b,c} in --help.
  if [[ $prev == --* ]]; then
    local values
    values=$(printf '%s\n' "$help" | grep -E -- "(^|[ ,])$prev[ ,]" | grep -o '{[^}]*}' | head -n 1 | tr -d '{}' | tr ',' '\n')
    if [[ -n $values ]]; then
      COMPREPLY=($(compgen -W "$values" -- "$cur"))
      return
    fi
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)" -- "$cur"))
    return
  fi
  # gazetteer's own commands (build, info, lookup), listed under "Subcommands:" in its help.
  if ((COMP_CWORD == 2)) && printf '%s\n' "$help" | grep -qi '^subcommands:'; then
    COMPREPLY=($(compgen -W "$(printf '%s\n' "$help" | sed -n '/^[Ss][Uu][Bb][Cc][Oo][Mm][Mm][Aa][Nn][Dd][Ss]:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')" -- "$cur"))
    return
  fi
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _marsad marsad
