#!/usr/bin/env bash
# tests/cli/slurm.sh in a container without cgroup mounts (issue 18): the same test in a
# private mount namespace where /sys/fs/cgroup is unmounted. slurmd's cgroup autodetection
# failed there ("No filesystem mounted on /sys/fs/cgroup") and the job array never ran.
# Skips when it cannot make the namespace (not root, no unshare, umount refused).
# Args: as tests/cli/slurm.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
skip() { echo "SKIP: $*"; exit 0; }
[ "$(id -u)" -eq 0 ] || skip "needs root (a mount namespace, and slurmd runs as root)"
command -v unshare >/dev/null 2>&1 || skip "unshare not found (util-linux)"
unshare -m true 2>/dev/null || skip "cannot make a mount namespace here"
exec unshare -m bash -c '
  if grep -q " /sys/fs/cgroup" /proc/self/mounts; then
    umount -R /sys/fs/cgroup 2>/dev/null || { echo "SKIP: cannot unmount /sys/fs/cgroup"; exit 0; }
  fi
  if grep -q " /sys/fs/cgroup" /proc/self/mounts; then echo "SKIP: /sys/fs/cgroup still mounted"; exit 0; fi
  echo "no cgroup mounts in this namespace"
  exec bash "$0" "$@"' "$here/slurm.sh" "$@"
