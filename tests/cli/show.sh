#!/usr/bin/env bash
# Reading results (issue 19 §2): `marsad show` and `extract --summary` (one or many
# documents, 80 columns, Arabic in logical order), `extract --pretty`, `--format csv`, and
# the CLI's manners: usage with no command, "did you mean", ports checked, --version, and
# the progress bar kept off the terminal that shows the output.
# Uses the default index (or $MARSAD_GAZETTEER). Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
TMP="$(mktemp -d "$BUILD/show-cli.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3

# ---- manners (no index needed)
"$MARSAD" >/dev/null 2>"$TMP/usage.err"; rc=$?
check "marsad alone: exit 2" "$rc" 2
grep -q '^commands:' "$TMP/usage.err" && grep -q '^  extract ' "$TMP/usage.err" && grep -q '^  show ' "$TMP/usage.err" &&
  ok "marsad alone lists the commands" || { bad "marsad alone: no command list"; cat "$TMP/usage.err"; }
"$MARSAD" extarct x >/dev/null 2>"$TMP/typo.err"; rc=$?
check "typo: exit 2" "$rc" 2
grep -q "did you mean 'extract'" "$TMP/typo.err" && ok "typo: did you mean 'extract'" || { bad "typo"; cat "$TMP/typo.err"; }
"$MARSAD" serv >/dev/null 2>"$TMP/typo2.err"
grep -q "did you mean 'serve'" "$TMP/typo2.err" && ok "typo: serv -> serve" || { bad "typo serv"; cat "$TMP/typo2.err"; }
"$MARSAD" frobnicate >/dev/null 2>"$TMP/typo3.err"; rc=$?
check "unknown word: exit 2" "$rc" 2
grep -q "not a marsad command" "$TMP/typo3.err" && ! grep -q "did you mean" "$TMP/typo3.err" &&
  ok "unknown word: no suggestion, the list" || { bad "unknown word"; cat "$TMP/typo3.err"; }
for p in 99999 65536 -5; do
  timeout 20 "$MARSAD" serve --port "$p" >"$TMP/port.out" 2>"$TMP/port.err"; rc=$?
  check "serve --port $p: exit 2" "$rc" 2
  grep -q -- "--port" "$TMP/port.err" && [ ! -s "$TMP/port.out" ] && ok "serve --port $p: says why, listens nowhere" ||
    { bad "serve --port $p"; cat "$TMP/port.err" "$TMP/port.out"; }
done
"$MARSAD" --version >"$TMP/version" 2>&1; rc=$?
check "--version: exit 0" "$rc" 0
grep -qE '^marsad [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{7,}(-dirty)?|unknown)\)' "$TMP/version" &&
  grep -q 'index format [0-9]' "$TMP/version" && grep -q 'GeoNames.*CC BY 4.0' "$TMP/version" &&
  ok "--version: version, commit, index format, GeoNames CC BY 4.0" || { bad "--version"; cat "$TMP/version"; }

INDEX="${MARSAD_GAZETTEER:-$SRC/data/gazetteer/default.mgz}"
if [ ! -f "$INDEX" ]; then echo "SKIP (the rest): no gazetteer index at $INDEX"; exit $fail; fi
grep -q 'data "' "$TMP/version" && ok "--version: the index's data version" || { bad "--version: no data version"; cat "$TMP/version"; }

EX="$SRC/examples/raqqa-negotiations.ar.txt"
cat >"$TMP/in.jsonl" <<'JSONL'
{"id":"en-1","lang":"en","published":"2016-03-01","text":"Shelling killed five civilians in Raqqa on Monday, activists said. Fighting went on near Aleppo."}
{"id":"ar-1","lang":"ar","published":"2016-03-02","text":"قتل ثلاثة مدنيين في قصف على مدينة حمص يوم الاثنين."}
{"id":"broken", "text": "unterminated
{"id":"none","lang":"en","text":"Nothing happened to anybody."}
JSONL

# ---- show: one document
"$MARSAD" extract -q "$EX" >"$TMP/one.json"
"$MARSAD" show "$TMP/one.json" >"$TMP/one.txt"; rc=$?
check "show FILE: exit 0" "$rc" 0
for section in Places Events Counts Dates; do
  grep -q "^$section" "$TMP/one.txt" && ok "show: a $section section" || bad "show: no $section section"
done
grep -q 'Ar Raqqah' "$TMP/one.txt" && ok "show: Raqqa resolved (Ar Raqqah)" || bad "show: no Ar Raqqah"
# Logical order: the Arabic surface appears byte for byte as in the text (not reversed).
grep -q 'الرقة' "$TMP/one.txt" && ok "show: Arabic kept in logical order (الرقة)" || bad "show: الرقة not found as written"
widths() { "$PY" -c '
import sys, unicodedata
def w(s): return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Cf") else
                         2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(max(w(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$1"; }
[ "$(widths "$TMP/one.txt")" -le 80 ] && ok "show: every line within 80 columns ($(widths "$TMP/one.txt"))" ||
  bad "show: a line over 80 columns ($(widths "$TMP/one.txt"))"
"$MARSAD" show --width 60 "$TMP/one.json" >"$TMP/w60.txt"
[ "$(widths "$TMP/w60.txt")" -le 60 ] && ok "show --width 60" || bad "show --width 60: $(widths "$TMP/w60.txt")"
"$MARSAD" show - <"$TMP/one.json" >"$TMP/stdin.txt"
cmp -s "$TMP/one.txt" "$TMP/stdin.txt" && ok "show - reads stdin" || bad "show - differs from show FILE"
"$MARSAD" extract -q --summary "$EX" >"$TMP/summary.txt"
cmp -s "$TMP/one.txt" "$TMP/summary.txt" && ok "extract --summary = extract | show" || bad "extract --summary differs from show"
nev=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$TMP/one.json")
# An event is three lines: date and type, actors @ place, source «evidence».
check "show: one «evidence» line per event" "$(grep -c '«' "$TMP/one.txt")" "$nev"

# ---- show: many documents, an error record among them
"$MARSAD" extract -q "$TMP/in.jsonl" >"$TMP/many.json"
"$MARSAD" show "$TMP/many.json" >"$TMP/many.txt"; rc=$?
check "show of 4 records (1 error record): exit 0" "$rc" 0
check "show: a header per document" "$(grep -c '^── ' "$TMP/many.txt")" 5
grep -q '^── 4 documents (1 errors)' "$TMP/many.txt" && ok "show: totals after many documents" || bad "show: no totals"
grep -q 'error: .*in.jsonl:3' "$TMP/many.txt" && ok "show: the error record is shown" || bad "show: error record missing"
gzip -c "$TMP/many.json" >"$TMP/many.json.gz"
"$MARSAD" show "$TMP/many.json.gz" | cmp -s - "$TMP/many.txt" && ok "show reads .gz" || bad "show .gz differs"
echo '{"type":"FeatureCollection"}' | "$MARSAD" show - >/dev/null 2>"$TMP/notrec.err"; rc=$?
check "show of a non-record: exit 1" "$rc" 1
grep -q 'stdin:1: not a marsad record' "$TMP/notrec.err" && ok "show: names the line that is not a record" ||
  { bad "show non-record message"; cat "$TMP/notrec.err"; }
"$MARSAD" show "$TMP/missing.json" >/dev/null 2>"$TMP/missing.err"; rc=$?
check "show of a missing file: exit 1" "$rc" 1

# ---- --pretty
"$MARSAD" extract -q --pretty "$TMP/in.jsonl" >"$TMP/pretty.json"
"$PY" - "$TMP/pretty.json" "$TMP/many.json" <<'PY' && ok "--pretty: the same records, indented" || bad "--pretty differs"
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
dec, pos, recs = json.JSONDecoder(), 0, []
while pos < len(text):
    while pos < len(text) and text[pos].isspace(): pos += 1
    if pos == len(text): break
    obj, pos = dec.raw_decode(text, pos); recs.append(obj)
plain = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert recs == plain and text.startswith('{\n  "id"'), (len(recs), len(plain))
PY
"$MARSAD" show "$TMP/pretty.json" | cmp -s - "$TMP/many.txt" && ok "show reads --pretty output" || bad "show of --pretty differs"
"$MARSAD" extract -q --pretty --format acled "$EX" >/dev/null 2>&1; rc=$?
check "--pretty --format acled: usage error" "$rc" 2

# ---- --format csv: one row per place mention
"$MARSAD" extract -q --format csv "$TMP/in.jsonl" >"$TMP/places.csv" 2>"$TMP/csv.err"; rc=$?
check "--format csv with a broken line: exit 1" "$rc" 1
check "--format csv header" "$(head -1 "$TMP/places.csv")" \
  "id,start,end,surface,name,geonameid,lat,lon,feature_class,feature_code,country,admin1,confidence"
grep -q '"error"' "$TMP/csv.err" && ok "--format csv: the error record on stderr" || bad "--format csv: no error on stderr"
"$PY" - "$TMP/places.csv" "$TMP/many.json" <<'PY' && ok "--format csv: a row per mention, values as in json" || bad "--format csv rows"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
recs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
want = [(r["id"], p) for r in recs for p in r.get("places", [])]
assert len(rows) == len(want) and len(rows) > 3, (len(rows), len(want))
for row, (doc, p) in zip(rows, want):
    assert row["id"] == doc and int(row["start"]) == p["start"] and row["surface"] == p["surface"], row
    assert (row["geonameid"] == "") == (p.get("geonameid") is None), row
    if p.get("lat") is not None: assert abs(float(row["lat"]) - p["lat"]) < 1e-9, row
    assert abs(float(row["confidence"]) - p["confidence"]) < 1e-9, row
PY

# ---- progress: under a terminal (a pseudo-terminal from python's pty)
ptyrun() {  # ptyrun STDOUT_MODE OUT: runs extract with stderr on a pty, stdout on the pty or OUT
  "$PY" - "$MARSAD" "$1" "$2" "$TMP/in.jsonl" <<'PY'
import os, pty, subprocess, sys
marsad, mode, out, inp = sys.argv[1:]
master, slave = pty.openpty()
stdout = slave if mode == "tty" else open(out, "wb")
p = subprocess.Popen([marsad, "extract", "--threads", "1", inp], stdout=stdout, stderr=slave)
os.close(slave)
data = b""
while True:
    try: chunk = os.read(master, 65536)
    except OSError: break
    if not chunk: break
    data += chunk
p.wait()
sys.stdout.buffer.write(data)
PY
}
ptyrun tty "" >"$TMP/tty.both"
grep -q $'\r\033\\[K\\[' "$TMP/tty.both" && bad "progress bar drawn on the terminal that shows the output" ||
  ok "no progress bar when stdout is the same terminal"
grep -q '"id":"en-1"' "$TMP/tty.both" && ok "the output reaches the terminal" || bad "no output on the terminal"
ptyrun file "$TMP/tty.out" >"$TMP/tty.err"
grep -q $'\r\033\\[K\\[' "$TMP/tty.err" && ok "progress bar on stderr's terminal when stdout is a file" || bad "no progress bar"
grep -q ' [0-9]*/4 docs' "$TMP/tty.err" && ok "the bar counts documents of the 4 in the input" ||
  { bad "the bar does not count documents"; cat -v "$TMP/tty.err"; }
grep -q $'\033' "$TMP/tty.out" && bad "escape codes in the output file" || ok "the output file has no bar"
exit $fail
