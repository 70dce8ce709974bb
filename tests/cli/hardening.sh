#!/usr/bin/env bash
# Issue 18 (hardening) and issue 13 §4 (publication dates), at the CLI: hostile or careless
# input gives an error record or a clear usage error, never a crash, a stall or a silent skip.
# Uses a small index built from tests/fixtures/geonames. Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
FX="$SRC/tests/fixtures/geonames"
TMP="$(mktemp -d "$BUILD/hardening-cli.XXXXXX")"
chmod 755 "$TMP"
[ -n "${KEEP_TMP:-}" ] || trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"
has() { if grep -Eq -- "$3" <<<"$2"; then ok "$1"; else bad "$1: /$3/ not in: $(printf '%s' "$2" | head -c 600)"; fi; }

IDX="$TMP/fx.mgz"
"$MARSAD" gazetteer build --allcountries "$FX/allCountries.txt" --alternate-names "$FX/alternateNamesV2.txt" \
  --admin1 "$FX/admin1CodesASCII.txt" --country-info "$FX/countryInfo.txt" --supplement "$FX/supplement.txt" \
  -o "$IDX" 2>/dev/null || { echo "FAIL: cannot build the fixture index"; exit 1; }
export MARSAD_GAZETTEER="$IDX"
run() { timeout -k 5 "${TIMEOUT:-60}" "$MARSAD" "$@"; }

# --- B: deep JSON (150,000 nested arrays) is an error record, the run goes on -------------
python3 - "$TMP/deep.jsonl" <<'PY'
import sys
deep = '{"id":"deep","text":"Homs","x":' + "[" * 150000 + "]" * 150000 + "}"
with open(sys.argv[1], "w") as f:
    f.write('{"id":"a","text":"Shelling hit Raqqa on Monday.","published":"2017-10-14"}\n')
    f.write(deep + "\n")
    f.write('{"id":"c","text":"Fighting near Aleppo.","published":"2017-10-14"}\n')
PY
out=$(run extract -q --threads 2 "$TMP/deep.jsonl" 2>"$TMP/err"); rc=$?
check "deep JSON: exit 1 (a document failed, the others written)" "$rc" 1
check "deep JSON: 3 records" "$(printf '%s\n' "$out" | grep -c .)" 3
check "deep JSON: 2 results" "$(printf '%s\n' "$out" | grep -c '"places":')" 2
has "deep JSON: error record for line 2" "$(printf '%s\n' "$out" | sed -n 2p)" '"id":"[^"]*deep.jsonl:2".*"line":2,"error":"[^"]*nested more than 512 levels deep'
has "deep JSON: last document still extracted" "$(printf '%s\n' "$out" | sed -n 3p)" '^\{"id":"c"'
# Resume and shards go through the same parser on the main thread.
out=$(run extract -q --shard 0/1 "$TMP/deep.jsonl" 2>/dev/null); rc=$?
check "deep JSON with --shard: 3 records" "$(printf '%s\n' "$out" | grep -c .)" 3
# A partial output whose last line is 150,000 deep (not a record: dropped, then resumed).
python3 -c 'print("[" * 150000 + "]" * 150000)' >"$TMP/deep-out.jsonl.partial"
out=$(run extract -q --resume -o "$TMP/deep-out.jsonl" "$TMP/deep.jsonl" 2>&1); rc=$?
check "resume over a deep partial output: exit 1 (one failed document), no crash" "$rc" 1
check "resume: 3 records" "$(grep -c . "$TMP/deep-out.jsonl" 2>/dev/null)" 3
# eval --gold with a deep line: a clear error, no crash.
python3 -c 'print("{\"id\":\"g\",\"text\":\"x\",\"t\":" + "[" * 150000 + "]" * 150000 + "}")' >"$TMP/gold.jsonl"
out=$(run eval --gold "$TMP/gold.jsonl" 2>&1); rc=$?
[ "$rc" -ge 128 ] && bad "eval --gold with a deep line crashed ($rc)" || ok "eval --gold with a deep line: no crash (exit $rc)"

# --- The ranker model (issue 15 §2): MARSAD_RANKER names it; a missing or malformed one is a
# clear error before any document, and a valid one changes the candidates' contributions ---
printf 'Shelling hit Raqqa on Monday.\n' >"$TMP/raqqa.txt"
out=$(MARSAD_RANKER="$TMP/no-such-ranker.tsv" run extract -q "$TMP/raqqa.txt" 2>&1); rc=$?
check "MARSAD_RANKER missing: exit 2 or more, no output" "$([ "$rc" -ge 2 ] && [ "$rc" -lt 128 ] && echo y)" y
has "MARSAD_RANKER missing: names the file" "$out" 'ranker model not found: .*no-such-ranker.tsv'
printf '# v\nname_match\t1\npopulaton\t2\n' >"$TMP/typo-ranker.tsv"
out=$(MARSAD_RANKER="$TMP/typo-ranker.tsv" run extract -q "$TMP/raqqa.txt" 2>&1)
has "MARSAD_RANKER with a misspelt feature: file:line" "$out" 'typo-ranker.tsv:3: unknown ranker feature .populaton.'
printf '# test ranker\nname_match\t3\n' >"$TMP/x3-ranker.tsv"
base=$(run extract -q --explain "$TMP/raqqa.txt" 2>/dev/null | grep -o '"name_match":[0-9.]*' | head -1)
x3=$(MARSAD_RANKER="$TMP/x3-ranker.tsv" run extract -q --explain "$TMP/raqqa.txt" 2>/dev/null | grep -o '"name_match":[0-9.]*' | head -1)
check "MARSAD_RANKER name_match x3: the contribution triples" \
  "$(awk -v a="${base#*:}" -v b="${x3#*:}" 'BEGIN{print (a > 0 && b > 2.99 * a && b < 3.01 * a) ? "y" : a " " b}')" y
has "--version names the ranker model" "$(MARSAD_RANKER="$TMP/x3-ranker.tsv" "$MARSAD" --version)" 'ranker model: .*x3-ranker.tsv: test ranker'

# --- C: deep HTML is an error record, quickly --------------------------------------------
python3 -c 'import sys; print("<html><body>" + "<div>" * 50000 + "<p>Raqqa</p>" + "</div>" * 50000 + "</body></html>")' >"$TMP/deep50k.html"
python3 -c 'import sys; print("<html><body>" + "<div>" * 100000 + "<p>Raqqa</p>" + "</div>" * 100000 + "</body></html>")' >"$TMP/deep100k.html"
python3 -c 'import sys; print("<html><body>" + "<div>" * 1500 + "<p>Shelling hit Raqqa.</p>" + "</div>" * 1500 + "</body></html>")' >"$TMP/deep1500.html"
start=$(date +%s)
out=$(TIMEOUT=30 run extract -q "$TMP/deep50k.html" "$TMP/deep1500.html" "$TMP/deep100k.html" 2>/dev/null); rc=$?
secs=$(( $(date +%s) - start ))
check "deep HTML: exit 1" "$rc" 1
check "deep HTML: 3 records" "$(printf '%s\n' "$out" | grep -c .)" 3
has "deep HTML: 50,000 nested divs → error record" "$(printf '%s\n' "$out" | grep deep50k)" '"error":"[^"]*nests elements more than'
has "deep HTML: 100,000 nested divs → error record" "$(printf '%s\n' "$out" | grep deep100k)" '"error":"[^"]*nests elements more than'
has "deep HTML: 1,500 nested divs still read" "$(printf '%s\n' "$out" | grep deep1500)" '"surface":"Raqqa"'
[ "$secs" -le 20 ] && ok "deep HTML: done in ${secs}s" || bad "deep HTML took ${secs}s"

# --- A: publication dates -----------------------------------------------------------------
cat >"$TMP/dates.jsonl" <<'J'
{"id":"iso","text":"Shelling hit Raqqa yesterday.","published":"2017-10-14T08:00:00Z"}
{"id":"sql","text":"Shelling hit Raqqa yesterday.","date":"2015-07-21 02:51:32"}
{"id":"rfc","text":"Shelling hit Raqqa yesterday.","pubdate":"Tue, 21 Jul 2015 02:51:32 +0000"}
{"id":"us","text":"Shelling hit Raqqa yesterday.","publish_date":"7/21/15"}
{"id":"ts","text":"Shelling hit Raqqa yesterday.","timestamp":1437447092}
{"id":"dt","text":"Shelling hit Raqqa yesterday.","datetime":"7/21/2015 2:51 PM"}
{"id":"bad","text":"Shelling hit Raqqa yesterday.","date":"2017-02-30"}
{"id":"none","text":"Shelling hit Raqqa yesterday."}
J
out=$(run extract -q "$TMP/dates.jsonl" 2>/dev/null); rc=$?
check "dates: exit 0 (an unreadable date is a warning, not a failure)" "$rc" 0
check "dates: 8 records" "$(printf '%s\n' "$out" | grep -c '"places":')" 8
has "published ISO 8601 → date" "$(printf '%s\n' "$out" | grep '"id":"iso"')" '"published":"2017-10-14"'
has "date YYYY-MM-DD HH:MM:SS" "$(printf '%s\n' "$out" | grep '"id":"sql"')" '"published":"2015-07-21"'
has "pubdate RFC 2822" "$(printf '%s\n' "$out" | grep '"id":"rfc"')" '"published":"2015-07-21"'
has "publish_date m/d/yy" "$(printf '%s\n' "$out" | grep '"id":"us"')" '"published":"2015-07-21"'
has "timestamp (Unix seconds)" "$(printf '%s\n' "$out" | grep '"id":"ts"')" '"published":"2015-07-21"'
has "datetime m/d/yyyy h:mm PM" "$(printf '%s\n' "$out" | grep '"id":"dt"')" '"published":"2015-07-21"'
has "yesterday resolved from the input date" "$(printf '%s\n' "$out" | grep '"id":"sql"')" '"date":"2015-07-20"'
bad_rec=$(printf '%s\n' "$out" | grep '"id":"bad"')
has "impossible date: processed, with a warning" "$bad_rec" '"errors":\["field \\"date\\": invalid publication date \\"2017-02-30\\"'
grep -q '"published"' <<<"$bad_rec" && bad "impossible date kept as published" || ok "impossible date: no published"
out=$(run extract -q --published 2016-01-05 "$TMP/dates.jsonl" 2>/dev/null)
has "--published fills a document without a date" "$(printf '%s\n' "$out" | grep '"id":"none"')" '"published":"2016-01-05"'
has "--published does not override the document's" "$(printf '%s\n' "$out" | grep '"id":"sql"')" '"published":"2015-07-21"'
for d in 14/10/2017 2017-02-30 yesterday 2017-13-01; do
  out=$(printf 'Raqqa' | run extract -q --published "$d" - 2>&1); rc=$?
  check "--published $d: usage error (exit 2)" "$rc" 2
  has "--published $d: clear message" "$out" 'invalid publication date'
done
out=$(printf 'Shelling hit Raqqa yesterday.' | run extract -q --published "Tue, 21 Jul 2015 02:51:32 +0000" - 2>&1)
has "--published RFC 2822 normalised" "$out" '"published":"2015-07-21"'
# Excerpts of six corpus articles (SaudiNewsNet: the date is in "date", "YYYY-MM-DD HH:MM:SS").
out=$(run extract -q --places-only --jsonl "$SRC/tests/fixtures/corpus/saudinewsnet_sample.jsonl" 2>/dev/null)
check "corpus sample: every record has its published date" \
  "$(printf '%s\n' "$out" | grep -c '"published":"20[0-9][0-9]-[01][0-9]-[0-3][0-9]"')" 6

# --- D: option validation -----------------------------------------------------------------
out=$(printf 'Raqqa' | run extract -q --threads 100000 - 2>&1); rc=$?
check "--threads 100000: usage error (exit 2), no abort" "$rc" 2
has "--threads 100000: message" "$out" 'threads'
for v in -1 nan inf 0; do
  out=$(run serve --port 0 --max-body-mib "$v" 2>&1 </dev/null); rc=$?
  check "serve --max-body-mib $v: usage error (exit 2)" "$rc" 2
done
out=$(run serve --port 0 --max-sending-mib 0 2>&1 </dev/null); rc=$?
check "serve --max-sending-mib 0: usage error (exit 2)" "$rc" 2
has "serve --max-sending-mib 0: a range error" "$out" 'not in range'
printf 'short\n' >"$TMP/token"
out=$(run serve --port 0 --token-file "$TMP/token" 2>&1 </dev/null); rc=$?
check "serve --token-file with a short token: usage error (exit 2)" "$rc" 2
mkfifo "$TMP/fifo.mgz"
out=$(printf 'Raqqa' | TIMEOUT=20 run extract -q --index "$TMP/fifo.mgz" - 2>&1); rc=$?
check "FIFO as the index: exit 3 (fatal setup error), not a hang" "$rc" 3
has "FIFO as the index: clear message" "$out" 'fifo.mgz: is a FIFO, not a regular file'
out=$(printf 'Raqqa' | run extract -q --index "$TMP/missing.mgz" - 2>&1); rc=$?
check "missing index: exit 3, distinct from failed documents (1)" "$rc" 3
out=$(run extract -q -o "$TMP/no-such-dir/out.jsonl" "$TMP/dates.jsonl" 2>&1); rc=$?
check "unwritable output: exit 3" "$rc" 3
out=$(TIMEOUT=20 run gazetteer info "$TMP/fifo.mgz" 2>&1); rc=$?
check "gazetteer info FIFO: exit 1" "$rc" 1
: >"$TMP/empty.txt"
head -c 20000 /dev/urandom >"$TMP/random.txt"
for f in empty random; do
  out=$(run gazetteer build --allcountries "$TMP/$f.txt" --country-info "$FX/countryInfo.txt" \
        --supplement "$FX/supplement.txt" -o "$TMP/$f.mgz" 2>&1); rc=$?
  check "gazetteer build from a $f allCountries: exit 1" "$rc" 1
  has "gazetteer build from a $f allCountries: message" "$out" 'no places read'
  [ -e "$TMP/$f.mgz" ] && bad "$f allCountries: an index was written" || ok "$f allCountries: no index written"
done
# An unreadable subdirectory: an error record, the rest read. Root reads everything, so
# when we are root the run is made without the capabilities that override file permissions
# (still root: the tree may be under /root, mode 700, which nobody cannot enter), else as
# nobody.
mkdir -p "$TMP/tree/ok" "$TMP/tree/locked"
echo 'Shelling hit Raqqa.' >"$TMP/tree/ok/a.txt"
echo 'Shelling hit Aleppo.' >"$TMP/tree/locked/b.txt"
chmod -R a+rX "$TMP/tree"; chmod 000 "$TMP/tree/locked"
as_user=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --bounding-set -dac_override,-dac_read_search true 2>/dev/null; then
    as_user=(setpriv --bounding-set -dac_override,-dac_read_search)
  elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
fi
if [ "$(id -u)" != 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  out=$("${as_user[@]}" "$MARSAD" extract -q --index "$IDX" "$TMP/tree" 2>&1); rc=$?
  check "unreadable subdirectory: exit 1" "$rc" 1
  has "unreadable subdirectory: error record" "$out" '"id":"[^"]*tree/locked".*"error":"[^"]*cannot read directory'
  has "unreadable subdirectory: the rest is read" "$out" '"surface":"Raqqa"'
else
  echo "skip: unreadable subdirectory (root without setpriv reads everything)"
fi
chmod 755 "$TMP/tree/locked"
# --- silent loss and wrong successes ------------------------------------------------------
out=$(printf '' | run extract -q - 2>&1); rc=$?
check "empty stdin: exit 0" "$rc" 0
check "empty stdin: no record" "$(printf '%s' "$out" | grep -c .)" 0
: >"$TMP/part-00000"
out=$(run extract -q "$TMP/part-00000" 2>&1); rc=$?
check "empty extension-less partition: exit 0, no record" "$rc:$(printf '%s' "$out" | grep -c .)" "0:0"
# --jsonl (the Spark/Dask/Slurm recipes): a first line that is not JSON is an error record
# naming its line, never the start of one text document; the lines after it are read.
for src in stdin part-00001; do
  printf '%s\n' 'not json' '{"id":"a","text":"Shelling hit Raqqa."}' >"$TMP/part-00001"
  if [ "$src" = stdin ]; then out=$(run extract -q --jsonl - <"$TMP/part-00001" 2>/dev/null); rc=$?
  else out=$(run extract -q --jsonl "$TMP/part-00001" 2>/dev/null); rc=$?; fi
  check "--jsonl $src, first line not JSON: exit 1, 2 records" "$rc:$(printf '%s\n' "$out" | grep -c .)" "1:2"
  has "--jsonl $src: an error record for line 1" "$(printf '%s\n' "$out" | head -1)" '"line":1,"error":".*malformed JSON'
  has "--jsonl $src: line 2 is a result" "$(printf '%s\n' "$out" | tail -1)" '^\{"id":"a",.*"places":'
done
out=$(printf '%s\n' '{"id":"x","text":"Raqqa"}' | run extract -q --dict "$SRC/data/dictionaries" "$TMP/dates.jsonl" 2>&1); rc=$?
check "--dict DIR INPUT reads INPUT (not stdin)" "$(printf '%s\n' "$out" | grep -c '"places":')" 8
ln -s "$TMP/target.jsonl" "$TMP/link.jsonl"
out=$(run extract -q -o "$TMP/link.jsonl" "$TMP/dates.jsonl" 2>&1); rc=$?
check "-o onto a symbolic link: usage error" "$rc" 2
has "-o onto a symbolic link: message" "$out" 'not a regular file'
[ -L "$TMP/link.jsonl" ] && ok "-o: the symbolic link is left alone" || bad "-o replaced the symbolic link"
mkfifo "$TMP/out.fifo"
out=$(TIMEOUT=20 run extract -q -o "$TMP/out.fifo" "$TMP/dates.jsonl" 2>&1); rc=$?
check "-o onto a FIFO: usage error" "$rc" 2
[ -p "$TMP/out.fifo" ] && ok "-o: the FIFO is left alone" || bad "-o replaced the FIFO"
# A device (as root, `-o /dev/null` used to replace /dev/null with a regular file): a
# private null device here, where mknod is allowed.
if mknod "$TMP/null.dev" c 1 3 2>/dev/null; then
  out=$(run extract -q -o "$TMP/null.dev" "$TMP/dates.jsonl" 2>&1); rc=$?
  check "-o onto a device: usage error" "$rc" 2
  [ -c "$TMP/null.dev" ] && ok "-o: the device is left alone" || bad "-o replaced the device"
  out=$(run gazetteer build --allcountries "$FX/allCountries.txt" -o "$TMP/null.dev" 2>&1); rc=$?
  check "gazetteer build -o onto a device: usage error" "$rc" 2
  [ -c "$TMP/null.dev" ] && ok "gazetteer build -o: the device is left alone" || bad "gazetteer build -o replaced the device"
else
  echo "skip: -o onto a device (mknod not permitted)"
fi

python3 -c 'import json; print(json.dumps({"id": "big", "text": "Shelling hit Raqqa. " * 120000}))' >"$TMP/big.jsonl"
out=$(run extract -q --max-doc-mib 2 "$TMP/big.jsonl" 2>&1); rc=$?
check "document over --max-doc-mib: exit 1" "$rc" 1
has "document over --max-doc-mib: error record" "$out" '"id":"big".*"error":"document of 2400000 bytes is larger than --max-doc-mib 2'
out=$(printf 'Raqqa' | run extract -q --max-doc-mib -1 - 2>&1); rc=$?
check "--max-doc-mib -1: usage error" "$rc" 2
# A per-document time budget (--max-doc-seconds): past it, an error record naming the
# budget for every document over it, and the run goes on (a tiny budget forces it).
out=$(run extract -q --threads 1 --max-doc-seconds 0.000001 "$TMP/big.jsonl" "$TMP/dates.jsonl" 2>&1); rc=$?
check "document over --max-doc-seconds: exit 1" "$rc" 1
has "document over --max-doc-seconds: error record" "$(printf '%s\n' "$out" | grep '"id":"big"')" \
  '"error":"document of 2400000 bytes took longer than its budget of 1e-06 s \(--max-doc-seconds\); stopped in'
check "document over --max-doc-seconds: one record per document" "$(printf '%s\n' "$out" | grep -c '"id":')" 9
out=$(run extract -q --max-doc-seconds 0 "$TMP/dates.jsonl" 2>&1); rc=$?
check "--max-doc-seconds 0 (no limit): exit 0, 8 results" "$rc:$(printf '%s\n' "$out" | grep -c '"places":')" "0:8"
for v in -1 nan 1e9; do
  out=$(printf 'Raqqa' | run extract -q --max-doc-seconds "$v" - 2>&1); rc=$?
  check "--max-doc-seconds $v: usage error" "$rc" 2
done

# A flipped byte in a .gz: nothing of the corrupt member is taken as documents (it made ~60
# garbled "successful" records before the checksum error); an earlier good member is kept.
python3 - "$TMP/gz.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(2000):
        f.write(json.dumps({"id": f"g{i}", "text": f"Shelling hit Raqqa and Aleppo on day {i}, killing {i % 9} people."}) + "\n")
PY
gzip -c "$TMP/gz.jsonl" >"$TMP/flip.jsonl.gz"
python3 - "$TMP/flip.jsonl.gz" <<'PY'
import sys
p = sys.argv[1]; b = bytearray(open(p, "rb").read()); b[len(b) // 2] ^= 0x40; open(p, "wb").write(bytes(b))
PY
out=$(run extract -q --places-only "$TMP/flip.jsonl.gz" 2>&1); rc=$?
check "flipped .gz byte: exit 1" "$rc" 1
check "flipped .gz byte: no result from the corrupt member" "$(printf '%s\n' "$out" | grep -c '"places":')" 0
has "flipped .gz byte: error record names gzip" "$out" '"error":"[^"]*flip.jsonl.gz: gzip: '
head -100 "$TMP/gz.jsonl" | gzip -c >"$TMP/two.jsonl.gz"; cat "$TMP/flip.jsonl.gz" >>"$TMP/two.jsonl.gz"
out=$(run extract -q --places-only "$TMP/two.jsonl.gz" 2>&1); rc=$?
check "good member then corrupt member: the good member's 100 results" "$rc:$(printf '%s\n' "$out" | grep -c '"places":')" "1:100"

# A file name that is not UTF-8 becomes the id: the record must still be valid JSON.
mkdir -p "$TMP/names"
printf 'Shelling hit Raqqa.' >"$TMP/names/$(printf 'bad\xff')-name.txt"
printf '' >"$TMP/names/$(printf 'empty\xfe').txt"
run extract -q "$TMP/names" >"$TMP/names.out" 2>/dev/null
python3 - "$TMP/names.out" <<'PY' && ok "non-UTF-8 file names: records are valid JSON" || bad "non-UTF-8 file names: invalid JSON"
import json, sys
lines = open(sys.argv[1], "rb").read().decode("utf-8").splitlines()
assert len(lines) == 2, lines
for l in lines: json.loads(l)
PY

# The index overwritten in place (cp over it, here truncated to 1 KB) under a running
# server: it used to die of SIGBUS at the next request; it reads a copy now.
cp "$IDX" "$TMP/live.mgz"
"$MARSAD" serve --port 0 --index "$TMP/live.mgz" >"$TMP/serve.out" 2>"$TMP/serve.err" </dev/null &
server_pid=$!
port=""
for _ in $(seq 1 150); do
  port="$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.out" 2>/dev/null | head -1 | sed 's/.*://')"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$port" ]; then
  bad "serve did not start: $(head -c 400 "$TMP/serve.err")"
else
  post() { curl -s -m 20 -o "$TMP/post.out" -w '%{http_code}' -H 'Content-Type: text/plain' \
             --data-binary 'Shelling hit Raqqa on Monday.' "http://127.0.0.1:$port/v1/extract"; }
  check "serve before the index is overwritten: 200" "$(post)" 200
  head -c 1024 "$IDX" >"$TMP/live.mgz"
  check "serve after the index was overwritten in place: 200" "$(post)" 200
  has "serve after the index was overwritten in place: same places" "$(cat "$TMP/post.out")" '"surface":"Raqqa"'
  kill -0 "$server_pid" 2>/dev/null && ok "serve survived the overwritten index" || bad "serve died (SIGBUS?)"
  kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null
fi

exit $fail
