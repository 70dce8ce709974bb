#!/usr/bin/env bash
# CI runs the README's own commands: the test command of the README's quick start (its
# second command) must be what .ci/run executes first, word for word, so the command a
# new user is told to run is the one CI proves. Args: marsad binary, source dir, build dir.
set -uo pipefail
SRC="$2"
. "$(dirname "$0")/lib/checks.sh"

# The quick start's code block: the first ```sh block after "## Quick start".
block=$(awk '/^## Quick start/{q=1} q&&/^```sh/{b=1;next} b&&/^```/{exit} b' "$SRC/README.md")
commands=$(printf '%s\n' "$block" | sed 's/[[:space:]]*#.*$//' | grep -v '^[[:space:]]*$')
check "README quick start: two commands" "$(printf '%s\n' "$commands" | wc -l)" 2
test_cmd=$(printf '%s\n' "$commands" | sed -n 2p)
check "README test command" "$test_cmd" "./quickstart test"
# .ci/run: its first command after the shell preamble (set, cd) is that line.
first=$(grep -v '^[[:space:]]*#' "$SRC/.ci/run" | grep -v '^[[:space:]]*$' | grep -v '^set ' | grep -v '^cd ' | head -1)
check ".ci/run runs the README's test command first" "$first" "$test_cmd"
[ -x "$SRC/.ci/run" ] && ok ".ci/run is executable" || bad ".ci/run is not executable"
exit $fail
