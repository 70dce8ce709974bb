#!/usr/bin/env bash
# The man page (docs/marsad.1) renders without warnings and names every command; the bash
# completion (tools/marsad/marsad.bash) sourced in bash completes commands, options and
# option values from the binary. Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"

commands="$("$MARSAD" 2>&1 >/dev/null | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')"
[ -n "$commands" ] && ok "the binary lists its commands" || bad "no command list from marsad"

# ---- man page
if command -v groff >/dev/null 2>&1; then
  warn="$(groff -man -ww -z "$SRC/docs/marsad.1" 2>&1)"
  check "groff -ww: no warnings in docs/marsad.1" "$warn" ""
  page="$(MANWIDTH=80 man -l "$SRC/docs/marsad.1" 2>/dev/null || groff -man -Tutf8 "$SRC/docs/marsad.1")"
  for c in $commands; do
    grep -q -- "$c" <<<"$page" && ok "man page names '$c'" || bad "man page does not name '$c'"
  done
  for w in MARSAD_DATA MARSAD_GAZETTEER "CC +BY +4\.0" "EXIT STATUS"; do
    grep -qE -- "$w" <<<"$page" && ok "man page: $w" || bad "man page lacks $w"
  done
else
  echo "skip: groff not installed (the man page is not rendered)"
fi

# ---- bash completion
complete_words() {  # complete_words WORD...: the completions of the last word
  bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _marsad; printf "%s\n" "${COMPREPLY[@]}"' _ "$SRC/tools/marsad/marsad.bash" "$MARSAD" "$@"
}
check "complete 'ex'" "$(complete_words ex | tr '\n' ' ')" "extract "
check "complete 'sh'" "$(complete_words sh | tr '\n' ' ')" "show "
all="$(complete_words '' | sort | tr '\n' ' ')"
check "complete '': every command" "$all" "$(printf '%s\n' $commands --help --version | sort | tr '\n' ' ')"
check "complete 'extract --pre'" "$(complete_words extract --pre | tr '\n' ' ')" "--pretty "
check "complete 'extract --format c'" "$(complete_words extract --format c | sort | tr '\n' ' ')" "cliff csv "
check "complete 'serve --po'" "$(complete_words serve --po | tr '\n' ' ')" "--port "
check "complete 'gazetteer i'" "$(complete_words gazetteer i | tr '\n' ' ')" "info "
grep -q 'raqqa-negotiations.ar.txt' <<<"$(complete_words show "$SRC/examples/raqqa")" && ok "complete a file name" ||
  bad "no file name completion"
exit $fail
