#!/usr/bin/env bash
# marsad extract as a batch tool (issue 8): one record per document with error records,
# exit codes, threads keep input order, .gz/.zst/stdin/directories (HTML via gumbo),
# --output atomic, kill-and-resume equals an uninterrupted run, --shard K/N partitions.
# Uses the default index (or $MARSAD_GAZETTEER). Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; BUILD="$3"
TMP="$(mktemp -d "$BUILD/batch-cli.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"

# 1,000 documents, 10 of them malformed lines (every 100th line from line 50).
python3 - "$TMP/in.jsonl" <<'PY'
import json, sys
places = ["Raqqa", "Aleppo", "Homs", "Damascus", "Mosul", "الرقة", "حلب", "دير الزور"]
with open(sys.argv[1], "w") as f:
    for i in range(1000):
        if i % 100 == 50:
            f.write('{"id": "broken-%d", "text": "unterminated\n' % i)
            continue
        p = places[i % len(places)]
        lang = "ar" if not p.isascii() else "en"
        text = (f"قتل {i % 7 + 1} مدنيين في قصف على {p} يوم الاثنين." if lang == "ar"
                else f"Shelling killed {i % 7 + 1} civilians in {p} on Monday, activists said.")
        f.write(json.dumps({"id": f"doc-{i}", "lang": lang, "text": text, "published": "2016-03-01"}, ensure_ascii=False) + "\n")
PY

"$MARSAD" extract --threads 1 -q "$TMP/in.jsonl" >"$TMP/ref.jsonl" 2>"$TMP/err"; rc=$?
check "any failed document: exit 1" "$rc" 1
check "1,000 documents in, 1,000 records out" "$(wc -l <"$TMP/ref.jsonl")" 1000
check "990 results" "$(grep -c '"places":' "$TMP/ref.jsonl")" 990
check "10 error records" "$(grep -c '^{"id":"[^"]*","source":"[^"]*in.jsonl","line":[0-9]*,"error":' "$TMP/ref.jsonl")" 10
check "error record names id, file and line" \
  "$(sed -n 51p "$TMP/ref.jsonl" | grep -o '"id":"[^"]*in.jsonl:51","source":"[^"]*in.jsonl","line":51,"error":"[^"]*malformed JSON' | wc -l)" 1
check "results keep input order" "$(sed -n 52p "$TMP/ref.jsonl" | grep -o '^{"id":"doc-51"')" '{"id":"doc-51"'

"$MARSAD" extract --threads 3 "$TMP/in.jsonl" >"$TMP/t3.jsonl" 2>"$TMP/err"
cmp -s "$TMP/ref.jsonl" "$TMP/t3.jsonl" && ok "3 threads: same output, same order" || bad "3 threads differ from 1"
grep -Eq '^marsad extract: 1000 document\(s\), 10 error\(s\), [0-9]+ place\(s\), [0-9]+ event\(s\)' "$TMP/err" \
  && ok "summary line" || { bad "summary line"; cat "$TMP/err"; }
"$MARSAD" extract -q "$TMP/in.jsonl" 2>"$TMP/err" >/dev/null
check "--quiet: no progress or summary on stderr" "$(grep -c "marsad extract" "$TMP/err")" 0
"$MARSAD" extract --progress-interval 0 "$TMP/in.jsonl" 2>"$TMP/err" >/dev/null
grep -Eq '^marsad extract: progress: [0-9]+ docs, [0-9.]+/[0-9.]+ MB' "$TMP/err" && ok "plain progress lines when not a TTY" \
  || bad "no progress lines"

# Compressed inputs and stdin give the same records.
gzip -c "$TMP/in.jsonl" >"$TMP/in.jsonl.gz"
"$MARSAD" extract -q "$TMP/in.jsonl.gz" | sed "s/in\.jsonl\.gz/in.jsonl/g" >"$TMP/gz.out"; cmp "$TMP/gz.out" "$TMP/ref.jsonl" && ok ".gz input" || bad ".gz input"
if command -v zstd >/dev/null; then
  zstd -q -c "$TMP/in.jsonl" >"$TMP/in.jsonl.zst"
  "$MARSAD" extract -q "$TMP/in.jsonl.zst" | sed "s/in\.jsonl\.zst/in.jsonl/g" >"$TMP/zst.out"
  cmp "$TMP/zst.out" "$TMP/ref.jsonl" && ok ".zst input" || bad ".zst input"
fi
"$MARSAD" extract -q - <"$TMP/in.jsonl" | grep -c '"places":' | { read -r n; check "stdin: 990 results" "$n" 990; }
head -c 3000 "$TMP/in.jsonl.gz" >"$TMP/trunc.jsonl.gz"
"$MARSAD" extract -q "$TMP/trunc.jsonl.gz" >"$TMP/trunc.out" 2>/dev/null; rc=$?
check "truncated .gz: exit 1" "$rc" 1
grep -q '"error":"[^"]*truncated' "$TMP/trunc.out" && ok "truncated .gz: error record" || bad "truncated .gz: no error record"

# Usage errors: exit 2, nothing written.
"$MARSAD" extract --shard 4/4 "$TMP/in.jsonl" >/dev/null 2>&1; check "bad --shard: exit 2" "$?" 2
"$MARSAD" extract --resume "$TMP/in.jsonl" >/dev/null 2>&1; check "--resume without --output: exit 2" "$?" 2
"$MARSAD" extract "$TMP/missing.jsonl" >"$TMP/missing.out" 2>/dev/null; rc=$?
check "missing input: exit 1" "$rc" 1
grep -q '"id":"[^"]*missing.jsonl","source"' "$TMP/missing.out" && ok "missing input: error record" || bad "missing input record"

# --output: atomic (FILE appears only when complete).
"$MARSAD" extract -q --threads 2 -o "$TMP/out.jsonl" "$TMP/in.jsonl"
cmp -s "$TMP/out.jsonl" "$TMP/ref.jsonl" && ok "--output equals stdout" || bad "--output differs"
[ ! -e "$TMP/out.jsonl.partial" ] && ok "no .partial left" || bad ".partial left behind"

# Kill midway (SIGKILL after 333 records, via the test hook), then --resume: equal output.
rm -f "$TMP/k.jsonl"
MARSAD_TEST_KILL_AFTER=333 "$MARSAD" extract -q --threads 2 -o "$TMP/k.jsonl" "$TMP/in.jsonl" 2>/dev/null; rc=$?
check "killed run dies by SIGKILL" "$rc" 137
[ ! -e "$TMP/k.jsonl" ] && ok "killed run left no final output" || bad "killed run wrote FILE"
check "killed run kept its finished records" "$(wc -l <"$TMP/k.jsonl.partial")" 333
printf '{"id":"doc-3' >>"$TMP/k.jsonl.partial"   # a half-written record, as a crash can leave
"$MARSAD" extract --threads 2 --resume -o "$TMP/k.jsonl" "$TMP/in.jsonl" 2>"$TMP/err"; rc=$?
check "resumed run: exit 1 (the malformed lines)" "$rc" 1
grep -q 'resumed: 333 record(s) kept, 333 document(s) skipped' "$TMP/err" && ok "resume skipped the done ids" || { bad "resume summary"; cat "$TMP/err"; }
cmp -s "$TMP/k.jsonl" "$TMP/ref.jsonl" && ok "kill + resume equals an uninterrupted run" || bad "kill + resume differs"
"$MARSAD" extract -q --resume -o "$TMP/k.jsonl" "$TMP/in.jsonl"
cmp -s "$TMP/k.jsonl" "$TMP/ref.jsonl" && ok "resume of a complete output changes nothing" || bad "resume of complete output"

# Shards: disjoint, together the whole input.
for k in 0 1 2 3; do "$MARSAD" extract -q --shard $k/4 "$TMP/in.jsonl" >"$TMP/shard$k"; done
check "4 shards hold 1,000 records" "$(cat "$TMP"/shard? | wc -l)" 1000
check "shards are disjoint and complete" "$(cat "$TMP"/shard? | sort | cmp - <(sort "$TMP/ref.jsonl") && echo same)" same
n0=$(wc -l <"$TMP/shard0"); [ "$n0" -gt 150 ] && [ "$n0" -lt 350 ] && ok "shard sizes balanced ($n0)" || bad "shard 0 has $n0"

# A directory of .txt and .html files (gumbo: no scripts, menus or footers).
mkdir -p "$TMP/dir/sub"
cat >"$TMP/dir/a.html" <<'H'
<!DOCTYPE html><html><head><title>Shelling in Raqqa | News</title><script>var city="Damascus";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/m">Mosul news</a></nav></header>
<div class="lang-switch"><a href="/ar">العربية</a> | <a href="/en">English</a></div>
<article><h1>Shelling hits Raqqa</h1><p>Three civilians were killed on Monday in shelling on Raqqa, activists said.</p>
<ul class="share"><li><a href="#">Share on Facebook from Baghdad</a></li></ul><p>Clashes followed near Tabqa.</p></article>
<footer>Copyright Homs Media</footer></body></html>
H
echo "Clashes erupted in Aleppo on Tuesday." >"$TMP/dir/sub/b.txt"
echo "not an article" >"$TMP/dir/c.bin"
"$MARSAD" extract -q "$TMP/dir" >"$TMP/dir.out"
check "directory: one record per .txt/.html file" "$(wc -l <"$TMP/dir.out")" 2
html=$(head -1 "$TMP/dir.out")
case "$html" in *'"surface":"Raqqa"'*'"surface":"Tabqa"'*) ok "html: article text read" ;; *) bad "html: $html" ;; esac
case "$html" in *Damascus*|*Homs*|*Mosul*|*Baghdad*) bad "html: boilerplate leaked: $html" ;; *) ok "html: no script/menu/footer/share text" ;; esac
grep -q '"surface":"Aleppo"' "$TMP/dir.out" && ok "txt in a subdirectory" || bad "txt in subdirectory"

exit $fail
