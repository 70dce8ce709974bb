# The check helpers of the shell tests (tests/cli/*.sh): source it, then call check NAME GOT
# WANT, ok NAME or bad NAME; the test exits with $fail.
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
check() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: expected [$3], got [$2]"; fi; }
