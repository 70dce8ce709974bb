#!/usr/bin/env bash
# scripts/install-deps.sh as a user with sudo (the README's "as a user with sudo"). A
# cloud image's default user often has `NOPASSWD: ALL` and is in the `sudo` group too, whose
# rule asks a password: then `sudo -v` asks one (sudoers' verifypw=all wants NOPASSWD on
# every rule), with no terminal it fails, and `./quickstart demo` stopped there (found in a
# minbase root as such a user). Running a command through sudo honours NOPASSWD and, where a
# password is asked, caches it for the background step just the same.
# Args: marsad binary, source dir, build dir.
set -uo pipefail
SRC="$2"
. "$(dirname "$0")/lib/checks.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/tree/scripts"
cp "$SRC/scripts/install-deps.sh" "$tmp/tree/scripts/"
# A user, not root.
printf '#!/bin/sh\n[ "$1" = -u ] && { echo 1000; exit 0; }\nexec /usr/bin/id "$@"\n' >"$tmp/bin/id"
# Every build package installed, ca-certificates (of the data set) not: the build step then
# makes sure sudo will not ask for a password in the background data step.
cat >"$tmp/bin/dpkg-query" <<'EOF'
#!/bin/sh
for p; do :; done
[ "$p" = ca-certificates ] && exit 1
printf 'install ok installed'
EOF
# sudo as it behaves for that user: validating (-v) asks a password and, without a terminal,
# fails; a command runs without one.
cat >"$tmp/bin/sudo" <<EOF
#!/bin/sh
echo "sudo \$*" >>"$tmp/sudo.log"
case "\$1" in
  -v|-validate) echo "sudo: a password is required" >&2; exit 1 ;;
  apt-get|env) exit 0 ;;
esac
exec "\$@"
EOF
chmod +x "$tmp/bin/"*

PATH="$tmp/bin:$PATH" bash "$tmp/tree/scripts/install-deps.sh" build </dev/null >"$tmp/out" 2>&1
check "install-deps.sh build as a NOPASSWD sudo user: exit status" "$?" 0
grep -q . "$tmp/sudo.log" 2>/dev/null && ok "sudo was asked once before the data step" ||
  bad "install-deps.sh build did not call sudo before the data step"
grep -q "password is required" "$tmp/out" && bad "sudo asked for a password: $(cat "$tmp/out")" ||
  ok "no password asked"
exit $fail
