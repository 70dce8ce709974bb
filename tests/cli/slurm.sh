#!/usr/bin/env bash
# The Slurm recipe for real (issue 8 §2): starts munged and a single-node slurmctld + slurmd
# on loopback (temporary slurm.conf, state and spool under a temporary directory, free
# ports), runs scripts/slurm/marsad-array.sbatch as a 4-task job array (`sbatch
# --array=0-3 --wait`) over the first 400 articles of ../shared/corpus/
# saudinewsnet_ar_conflict.jsonl (where absent, 400 documents made of the bundled example's
# paragraphs) plus a few awkward lines (malformed, duplicate id, no id,
# numeric id, blank), merges the shards with scripts/slurm/merge.sh, and checks that the
# merged output equals one `marsad extract` process byte for byte. The daemons are always
# shut down. Skipped with a message when Debian's slurm-wlm or munge is not installed
# (scripts/install-deps.sh installs them) or when not run as root (slurmd launches the jobs).
# Uses the default index (or $MARSAD_GAZETTEER).
# Args: marsad binary, source dir, build dir. KEEP_TMP=1 keeps the temporary directory.
set -uo pipefail
MARSAD="$(realpath "$1")"; SRC="$(realpath "$2")"
export LC_ALL=C.UTF-8
skip() { echo "SKIP: $*"; exit 0; }

for b in munged munge unmunge slurmctld slurmd sbatch sinfo squeue scancel; do
  command -v "$b" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin:/sbin"
  command -v "$b" >/dev/null 2>&1 ||
    skip "$b not found: Debian slurm-wlm and munge are not installed (scripts/install-deps.sh installs them)"
done
[ "$(id -u)" -eq 0 ] || skip "needs root: slurmd runs the job tasks (SlurmUser=root)"
CORPUS="$SRC/../shared/corpus/saudinewsnet_ar_conflict.jsonl"
command -v python3 >/dev/null 2>&1 || skip "python3 not found (Debian python3)"

# /tmp, not the build dir: the munge socket path must be short (sockaddr_un).
TMP="$(mktemp -d "${TMPDIR:-/tmp}/marsad-slurm.XXXXXX")"
chmod 755 "$TMP"  # munged wants its socket's directory searchable by all
if [ ! -f "$CORPUS" ]; then
  # A user's clone has no ../shared: 400 documents made of the bundled example's paragraphs.
  echo "note: no corpus at $CORPUS; 400 documents from examples/raqqa-negotiations.ar.txt instead"
  python3 - "$SRC/examples/raqqa-negotiations.ar.txt" >"$TMP/corpus.jsonl" <<'PY'
import json, sys
paras = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for i in range(400):
    text = " ".join(paras[(i + k) % len(paras)] for k in range(1 + i % 3))
    print(json.dumps({"id": f"example-{i}", "lang": "ar", "text": text}, ensure_ascii=False))
PY
  CORPUS="$TMP/corpus.jsonl"
fi
PIDS=()
cleanup() {
  local p i job
  # A job still running (a failed or interrupted test) is cancelled first: its slurmstepd
  # and marsad processes are not children of this shell.
  job=$(grep -o 'Submitted batch job [0-9]*' "$TMP/sbatch.out" 2>/dev/null | grep -o '[0-9]*$')
  if [ -n "$job" ] && [ -n "$(squeue -h -j "$job" 2>/dev/null)" ]; then
    scancel "$job" 2>/dev/null
    for i in $(seq 50); do [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break; sleep 0.2; done
  fi
  for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
  for i in $(seq 50); do
    local alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.2
  done
  for p in "${PIDS[@]}"; do kill -KILL "$p" 2>/dev/null; done
  wait 2>/dev/null
  if [ -n "${KEEP_TMP:-}" ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
logs() {
  local f
  for f in "$TMP"/munged.log "$TMP"/slurmctld.log "$TMP"/slurmd.log "$TMP"/job/*.log; do
    [ -f "$f" ] && { echo "--- $f (last 30 lines)"; tail -n 30 "$f"; }
  done
}
die() { echo "FAIL: $*"; logs; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- munge ------------------------------------------------------------------------------
dd if=/dev/urandom of="$TMP/munge.key" bs=1024 count=1 status=none
chmod 600 "$TMP/munge.key"
munged --foreground --key-file="$TMP/munge.key" --socket="$TMP/munge.sock" \
  --pid-file="$TMP/munged.pid" --log-file="$TMP/munged.log" --seed-file="$TMP/munged.seed" \
  >>"$TMP/munged.log" 2>&1 &
PIDS+=($!)
for i in $(seq 50); do [ -S "$TMP/munge.sock" ] && break; sleep 0.1; done
munge -S "$TMP/munge.sock" -n </dev/null | unmunge -S "$TMP/munge.sock" >/dev/null 2>&1 || die "munged did not start"

# --- slurm.conf: one node, localhost, 2 CPUs, the machine's real memory -------------------
MEM=$(slurmd -C 2>/dev/null | grep -o 'RealMemory=[0-9]*' | cut -d= -f2)
[ -n "$MEM" ] || MEM=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
mkdir -p "$TMP/state" "$TMP/spool" "$TMP/job"
cat >"$TMP/slurm.conf" <<EOF
ClusterName=marsadtest
SlurmctldHost=localhost
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$TMP/munge.sock
StateSaveLocation=$TMP/state
SlurmdSpoolDir=$TMP/spool
SlurmctldPidFile=$TMP/slurmctld.pid
SlurmdPidFile=$TMP/slurmd.pid
SlurmctldLogFile=$TMP/slurmctld.log
SlurmdLogFile=$TMP/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
SlurmdParameters=config_overrides
MailProg=/bin/true
MinJobAge=30
KillWait=5
InactiveLimit=0
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
# slurmd loads a cgroup plugin even with proctrack/linuxproc and task/none; its autodetection
# fails where /sys/fs/cgroup is not mounted (a container without cgroup mounts: "No
# filesystem mounted on /sys/fs/cgroup", slurmd does not start). Naming the v1 plugin skips
# the detection, and nothing here uses a cgroup controller.
echo 'CgroupPlugin=cgroup/v1' >"$TMP/cgroup.conf"
export SLURM_CONF="$TMP/slurm.conf"
unset SLURM_JOB_ID SLURM_JOBID  # when this test itself runs under Slurm

slurmctld -D -c -f "$SLURM_CONF" >"$TMP/slurmctld.out" 2>&1 &
PIDS+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" >"$TMP/slurmd.out" 2>&1 &
PIDS+=($!)
state=""
for i in $(seq 150); do
  state=$(sinfo -h -N -n localhost -o %T 2>/dev/null | head -1)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] && ok "slurmctld + slurmd up, node localhost idle" || die "node not idle (state '$state')"

# --- the input: 400 articles + awkward lines; the single-process reference ---------------
{
  head -n 200 "$CORPUS"
  echo '{"id": "broken, "text": "x'                       # malformed: error record FILE:LINE
  head -n 1 "$CORPUS"                                      # duplicate id
  echo
  echo '{"text": "Shelling hit Raqqa on Monday."}'         # no id: id FILE:LINE
  echo '{"id": 42, "text": "Clashes in Aleppo."}'          # numeric id
  echo '{"id": "no-text"}'                                 # error record
  sed -n '201,400p' "$CORPUS"
} >"$TMP/in.jsonl"
DOCS=$(grep -c . "$TMP/in.jsonl")
"$MARSAD" extract -q --places-only --threads 2 "$TMP/in.jsonl" >"$TMP/ref.jsonl"; rc=$?
[ "$rc" -eq 1 ] || die "single process: expected exit 1 (2 error records), got $rc"
[ "$(wc -l <"$TMP/ref.jsonl")" -eq "$DOCS" ] || die "single process: not one record per document"

# --- the job array, the merge -----------------------------------------------------------
start_ms=$(( $(date +%s%N) / 1000000 ))
MARSAD="$MARSAD" MARSAD_ARGS="--places-only" \
  timeout 600 sbatch --array=0-3 --wait --chdir="$TMP/job" --output="$TMP/job/task-%A_%a.log" \
  --job-name=marsad-test "$SRC/scripts/slurm/marsad-array.sbatch" "$TMP/out" "$TMP/in.jsonl" \
  >"$TMP/sbatch.out" 2>&1
rc=$?
ms=$(( $(date +%s%N) / 1000000 - start_ms ))  # shell arithmetic: bc is often missing
secs="$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
cat "$TMP/sbatch.out"
[ "$rc" -eq 0 ] && ok "sbatch --array=0-3 --wait: all 4 tasks succeeded (${secs} s)" || die "sbatch exit $rc"
tasks=$(grep -l "marsad-array: shard [0-3]/4 on" "$TMP"/job/task-*.log 2>/dev/null | wc -l)
[ "$tasks" -eq 4 ] && ok "4 task logs, one per shard" || bad "expected 4 task logs, got $tasks"
parts=$(ls "$TMP/out"/part-*-of-4.jsonl 2>/dev/null | wc -l)
[ "$parts" -eq 4 ] && ok "4 shard files" || bad "expected 4 shard files, got $parts"
nonempty=0
for f in "$TMP/out"/part-*-of-4.jsonl; do [ -s "$f" ] && nonempty=$((nonempty + 1)); done
[ "$nonempty" -eq 4 ] && ok "every shard has records" || bad "only $nonempty shard(s) have records"
[ "$(cat "$TMP/out"/part-*-of-4.jsonl | wc -l)" -eq "$DOCS" ] && ok "shards hold $DOCS records together" \
  || bad "shards hold $(cat "$TMP/out"/part-*-of-4.jsonl | wc -l) records, not $DOCS"
cmp -s "$TMP/ref.jsonl" <(cat "$TMP/out"/part-*-of-4.jsonl) && bad "concatenated shards already in input order: the merge test proves nothing"

"$SRC/scripts/slurm/merge.sh" -o "$TMP/merged.jsonl" "$TMP/out" "$TMP/in.jsonl" || bad "merge.sh failed"
if cmp "$TMP/ref.jsonl" "$TMP/merged.jsonl"; then
  ok "merged shards equal the single-process output byte for byte ($DOCS records)"
else
  bad "merged output differs from the single-process output"
fi

# The merge step's records stage: `marsad merge` over the shards equals it over the whole.
MARSAD="$MARSAD" "$SRC/scripts/slurm/merge.sh" -o "$TMP/merged2.jsonl" --records "$TMP/records.jsonl" "$TMP/out" \
  "$TMP/in.jsonl" 2>/dev/null || bad "merge.sh --records failed"
"$MARSAD" merge --quiet "$TMP/ref.jsonl" >"$TMP/records-ref.jsonl" || bad "marsad merge failed"
cmp -s "$TMP/records.jsonl" "$TMP/records-ref.jsonl" && ok "merge.sh --records: the shards' records equal the whole's" \
  || bad "merge.sh --records differs from marsad merge of the single-process output"

# The merge refuses an incomplete set of shards.
mv "$TMP/out/part-2-of-4.jsonl" "$TMP/out/part-2-of-4.jsonl.partial"
"$SRC/scripts/slurm/merge.sh" "$TMP/out" "$TMP/in.jsonl" >/dev/null 2>"$TMP/merge.err" \
  && bad "merge of an unfinished shard succeeded" || {
    grep -q "shards not finished" "$TMP/merge.err" && ok "merge refuses an unfinished shard" || bad "merge error: $(cat "$TMP/merge.err")"
  }

[ "$fail" -eq 0 ] || logs
exit "$fail"
