#!/usr/bin/env bash
# `marsad tokens` end to end: spans slice the original text, and exit codes / messages.
#   bash tests/cli/tokens.sh MARSAD SOURCE_DIR BUILD_DIR
# Only bash + grep/sed: bash's ${var:offset:length} counts characters in a UTF-8 locale,
# which is exactly the code-point slicing the JSON spans promise.
set -uo pipefail
MARSAD="$1"
if [ ! -x "$MARSAD" ]; then
  echo "FAIL marsad binary not found: $MARSAD"
  exit 1
fi
export LC_ALL=C.UTF-8
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check NAME CONDITION-RESULT
  if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}

# A few lines of the example article, a tweet and English (no '"' or '\' so the JSON
# "text" field needs no unescaping).
cat >"$tmp/article.txt" <<'TEXT'
مفاوضات تسليم الرقة بدأت بعد دمارها بشكل شبه كامل
وقد بلغت خسائر القوات أكثر من 4000 قتيل، ٤٬٠٠٠ جريح؛ بحسب ما أكد مصدر خاص للرقة24.
وقال المصدر: “كان من المفترض أن يتم التنفيذ منذ يومين”. حوالي 4.5 كم من دير الزور!
#بيروت_مدينة_منكوبة @Yaqoob_Hind https://t.co/abc?x=1 ‏إدلب‎ الرَّقَّة
Henry’s arrest in Deir ez-Zor, Ma'arrat al-Nu'man; Mr. Smith met Dr. Jones.
TEXT

# Prints the number of tokens of FILE whose "text" differs from FILE[start:end] (code
# points), after "n=<tokens>". FILE must hold no '"' or '\' (no JSON unescaping here).
check_spans() {
  local text line start end surface slice n=0 bad=0
  text="$(cat "$1"; printf x)"  # keep trailing newlines: offsets count them
  text="${text%x}"
  while IFS= read -r line; do
    n=$((n + 1))
    start="${line#*\"start\":}"; start="${start%%,*}"
    end="${line#*\"end\":}"; end="${end%%,*}"
    surface="${line#*\"text\":\"}"; surface="${surface%%\",\"kind\"*}"
    slice="${text:start:end-start}"
    if [ "$slice" != "$surface" ]; then
      echo "  span $start..$end slices '$slice' but text is '$surface'" >&2
      bad=$((bad + 1))
    fi
  done < <("$MARSAD" tokens "$1")
  echo "$n $bad"
}

out="$("$MARSAD" tokens "$tmp/article.txt" --clitics)"
check "tokens exits 0" $?
read -r n bad < <(check_spans "$tmp/article.txt")
check "every token's text equals text[start:end] ($n tokens)" $((bad != 0 || n < 60))
EXAMPLE="${2:-.}/examples/raqqa-negotiations.ar.txt"
if [ -f "$EXAMPLE" ] && ! grep -q '["\\]' "$EXAMPLE"; then
  read -r n bad < <(check_spans "$EXAMPLE")
  check "example article: every token's text equals text[start:end] ($n tokens)" $((bad != 0 || n < 500))
fi
grep -q '"text":"للرقة24".*"glue":5' <<<"$out"
check "letter-digit glue marked" $?
grep -q '"text":"4000","kind":"number","key":"4000"' <<<"$out"
check "number 4000" $?
grep -q '"text":"٤٬٠٠٠","kind":"number","key":"4000"' <<<"$out"
check "Arabic-Indic number key" $?
grep -q '"text":"منكوبة","kind":"word","key":"منكوبه".*"hashtag":true' <<<"$out"
check "hashtag part" $?
grep -q '"text":"’s","kind":"word".*"possessive":true' <<<"$out"
check "possessive" $?
grep -q '"stems":\["القوات"\]' <<<"$out"
check "clitic stems printed" $?

# stdin
printf 'في الرقة' | "$MARSAD" tokens - >"$tmp/stdin.out"
check "tokens reads stdin" $?
[ "$(grep -c . "$tmp/stdin.out")" -eq 2 ]
check "two tokens from stdin" $?

# Exit codes: 2 usage, 1 bad input.
"$MARSAD" tokens --no-such-option "$tmp/article.txt" >/dev/null 2>&1
[ $? -eq 2 ]
check "unknown option exits 2" $?
"$MARSAD" tokens >/dev/null 2>&1
[ $? -eq 2 ]
check "missing FILE argument exits 2" $?
"$MARSAD" tokens "$tmp/does-not-exist.txt" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ]
check "missing file exits 1" $?
grep -q 'does-not-exist.txt' "$tmp/err"
check "missing file message names the file" $?

printf 'الرقة abc\xc0\x80 def' >"$tmp/bad.txt"  # invalid at byte 14 (10 + space + abc)
"$MARSAD" tokens --strict "$tmp/bad.txt" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ]
check "invalid UTF-8 with --strict exits 1" $?
grep -q 'byte offset 14' "$tmp/err"
check "strict error names the byte offset" $?
sed 's/^/  /' "$tmp/err"
"$MARSAD" tokens "$tmp/bad.txt" >"$tmp/lenient.out" 2>"$tmp/err"
[ $? -eq 0 ]
check "invalid UTF-8 without --strict exits 0" $?
grep -q '2 invalid UTF-8 sequence' "$tmp/err"
check "lenient mode warns with the replacement count" $?

"$MARSAD" normalize "Şūrān" "Deir ez-Zor" "الرَّقَّة" >"$tmp/norm.out"
check "normalize exits 0" $?
[ "$(tr '\n' '|' <"$tmp/norm.out")" = "suran|deir ez zor|الرقه|" ]
check "normalize keys" $?

exit $fail
