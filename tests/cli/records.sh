#!/usr/bin/env bash
# Records (issue 14 §1): every event of `marsad extract` carries the outlet (the input's
# source field, else the URL's domain, else the dateline), an English note and, where the
# text says so, who claims it; the acled format has no row with an empty country, iso,
# source or notes, and no id made of a path or XXX. Uses the default index (or
# $MARSAD_GAZETTEER). Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; BUILD="$3"
TMP="$(mktemp -d "$BUILD/records-cli.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"

cat >"$TMP/in.jsonl" <<'JSONL'
{"id":"a/b/ar-1","lang":"ar","source":"was","date":"2015-07-21 02:51:32","text":"قتل ثلاثة مدنيين في قصف على مدينة حمص يوم الاثنين، بحسب مصادر محلية."}
{"id":"en-1","lang":"en","url":"https://www.reuters.com/article/1","published":"2016-03-01","text":"Shelling killed five civilians in Raqqa on Monday, the Syrian Observatory for Human Rights said."}
{"id":"ar-2","lang":"ar","published":"2017-10-14","text":"دمشق - سانا:\nاستشهد مدنيان وأصيب 4 آخرون جراء قذائف صاروخية على حي باب توما في دمشق أمس."}
JSONL

"$MARSAD" extract -q --threads 2 "$TMP/in.jsonl" >"$TMP/out.jsonl"
python3 - "$TMP/out.jsonl" >"$TMP/json.txt" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print("record", r["id"], r.get("source", ""), r.get("source_scale", ""), r.get("source_from", ""))
    for e in r["events"]:
        c = e.get("claimed_by") or {}
        print("event", r["id"], e.get("source", ""), bool(e.get("notes")), c.get("name", ""),
              e.get("notes", "").startswith("On "))
PY
check "source field code → outlet name" "$(grep -c '^record a/b/ar-1 Saudi Press Agency National input$' "$TMP/json.txt")" 1
check "URL domain → outlet" "$(grep -c '^record en-1 Reuters International url$' "$TMP/json.txt")" 1
check "dateline → outlet" "$(grep -c '^record ar-2 SANA National dateline$' "$TMP/json.txt")" 1
check "every event has an English note and the outlet" "$(grep '^event' "$TMP/json.txt" | grep -vc ' True')" 0
check "events found" "$(grep -c '^event' "$TMP/json.txt" | awk '{print ($1 >= 3)}')" 1
check "claimed by local sources" "$(grep -c '^event a/b/ar-1 Saudi Press Agency True local sources' "$TMP/json.txt" | awk '{print ($1 >= 1)}')" 1
check "claimed by SOHR (X said)" "$(grep -c 'Syrian Observatory for Human Rights True' "$TMP/json.txt" | awk '{print ($1 >= 1)}')" 1

# A state's adjective on a strike noun is its forces' mention, marked "adjective": true,
# and the strike's actor 1.
printf '%s\n' "قتل عنصران من حزب الله في الغارات الإسرائيلية على القنيطرة أمس." >"$TMP/adj.txt"
"$MARSAD" extract -q --published 2015-07-29 "$TMP/adj.txt" >"$TMP/adj.json"
python3 - "$TMP/adj.json" >"$TMP/adj.txt.out" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1]).read())
for a in r["actors"]:
    print("actor", a["surface"], a["id"], a.get("adjective", False))
for e in r["events"]:
    print("event", e["sub_event_type"], (e.get("actor1") or {}).get("id"))
PY
check "adjective mention" "$(grep -c '^actor الإسرائيلية israeli_air_force True$' "$TMP/adj.txt.out")" 1
check "the strike's actor 1" "$(grep -c '^event Air/drone strike israeli_air_force$' "$TMP/adj.txt.out")" 1

# An arrest by no one named is by the police of the place's country (ACLED), and whom it
# takes is the group they are said to belong to.
printf '%s\n' "الرياض - واس: ألقي القبض في مدينة الرياض على خمسة أشخاص ينتمون إلى تنظيم داعش." >"$TMP/arr.txt"
"$MARSAD" extract -q --published 2015-07-22 "$TMP/arr.txt" >"$TMP/arr.json"
check "arrest: police of the country, the group arrested" "$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(sorted((e["sub_event_type"], (e.get("actor1") or {}).get("id"), (e.get("actor2") or {}).get("id")) for e in r["events"]))
' "$TMP/arr.json")" "[('Arrests', 'police_sa', 'isis')]"

# "الشرطة" in a report from northern Iraq on the PKK, which names Turkey's places and no
# Iraqi actor, is Turkey's police (the theatre's), not Iraq's (the focus country's); its
# "المتمردين" are the PKK.
printf '%s\n' "قال مسؤولون أكراد إن غارات استهدفت مواقع حزب العمال الكردستاني في جبال قنديل في شمال العراق ليل الأربعاء. وكان حزب العمال الكردستاني قد تبنى قتل شرطيين في تركيا، واتهم الشرطة بالتعاون مع داعش. وقال مسؤول إن المتمردين سيواصلون القتال." >"$TMP/th.txt"
"$MARSAD" extract -q --published 2015-07-30 "$TMP/th.txt" >"$TMP/th.json"
check "generic police: the theatre's" "$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["focus"]["countries"][0]["country"], sorted(set(a["id"] for a in r["actors"] if "police" in a["id"])),
      [a["id"] for a in r["actors"] if a["surface"] == "المتمردين"])
' "$TMP/th.json")" "IQ ['police_tr'] ['pkk']"

# "Civilians (Country)" is the event's country (ACLED), not the article's focus: a Turkish
# strike in Iraq's Dohuk, told from Ankara, kills Iraq's civilians.
printf '%s\n' "أنقرة - قال الجيش التركي في أنقرة إن عملياته في تركيا ستستمر. وقالت مصادر كردية إن غارة جوية تركية على قرية في محافظة دهوك العراقية قتلت ثمانية مدنيين أمس." >"$TMP/cv.txt"
"$MARSAD" extract -q --published 2015-08-01 "$TMP/cv.txt" >"$TMP/cv.json"
check "civilians of the event's country" "$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["focus"]["countries"][0]["country"], [(e["sub_event_type"], (e.get("actor2") or {}).get("id")) for e in r["events"]])
' "$TMP/cv.json")" "TR [('Air/drone strike', 'civilians_iq')]"

"$MARSAD" extract -q --threads 2 --format acled "$TMP/in.jsonl" >"$TMP/out.csv"
python3 - "$TMP/out.csv" >"$TMP/acled.txt" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
print("rows", len(rows))
for c in ("country", "iso", "region", "source", "notes", "event_id_cnty", "timestamp", "evidence", "disorder_type"):
    print("empty", c, sum(1 for r in rows if not r[c]))
print("bad_ids", sum(1 for r in rows if "/" in r["event_id_cnty"] or r["event_id_cnty"].startswith("XXX")))
print("syria", sum(1 for r in rows if r["country"] == "Syria" and r["iso"] == "760" and r["region"] == "Middle East"))
print("notes_end", sum(1 for r in rows if r["notes"].endswith("Fatalities: " + r["fatalities"] + ".")))
PY
rows="$(sed -n 's/^rows //p' "$TMP/acled.txt")"
check "acled rows" "$(awk '{print ($1 >= 3)}' <<<"$rows")" 1
for c in country iso region source notes event_id_cnty timestamp evidence disorder_type; do
  check "no acled row with an empty $c" "$(sed -n "s/^empty $c //p" "$TMP/acled.txt")" 0
done
check "no id from a path, none XXX" "$(sed -n 's/^bad_ids //p' "$TMP/acled.txt")" 0
check "Syria: ACLED name, numeric iso, region" "$(sed -n 's/^syria //p' "$TMP/acled.txt")" "$rows"
check "each note ends with its fatalities" "$(sed -n 's/^notes_end //p' "$TMP/acled.txt")" "$rows"
[ "$fail" = 0 ] && echo "PASS" || echo "FAILED"
exit "$fail"
