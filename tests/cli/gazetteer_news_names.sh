#!/usr/bin/env bash
# The places Arabic conflict news names that GeoNames' cities500 lacks, which marsad adds
# (data/gazetteer/supplement.txt: places with approximate coordinates and a source;
# data/gazetteer/extra_names.tsv: spellings of places already indexed): every row well formed,
# and the default index places the news' spellings in the right country. Uses the default
# index (or $MARSAD_GAZETTEER) and skips that part without it. Args: marsad binary, source dir,
# build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
TMP="$(mktemp -d "$BUILD/gazetteer-news.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"

# Supplement rows: 20 columns, an id in the private range, a source.
bad_rows=$(grep -v '^#' "$SRC/data/gazetteer/supplement.txt" |
  awk -F'\t' 'NF != 20 || $1 < 990000001 || $20 == "" {print NR": "$2}' | head -5)
check "supplement.txt: 20 columns, private ids, a source" "$bad_rows" ""
bad_extra=$(grep -v '^#' "$SRC/data/gazetteer/extra_names.tsv" | awk -F'\t' 'NF != 4 || $4 == "" {print NR": "$2}' | head -5)
check "extra_names.tsv: 4 columns, a source" "$bad_extra" ""

INDEX="${MARSAD_GAZETTEER:-$SRC/data/gazetteer/default.mgz}"
if [ ! -f "$INDEX" ]; then
  echo "SKIP (the rest): no gazetteer index at $INDEX (make gazetteer)"; exit $fail
fi
# Reads "text|surface|country" lines and checks the country the text's surface is placed in
# (an empty country: no place). Arg: the language.
places_in() {
  while IFS='|' read -r text surface country; do
    printf '%s\n' "$text" >"$TMP/doc.txt"
    "$MARSAD" extract --index "$INDEX" --places-only --lang "$1" --format csv -q "$TMP/doc.txt" >"$TMP/out.csv"
    got=$(awk -F',' -v s="$surface" '$4 == s {print $11}' "$TMP/out.csv" | head -1)
    if [ -n "$country" ]; then check "$surface is placed in $country" "$got" "$country"
    else check "$surface is no place" "$got" ""; fi
  done
}
# Spellings of the 2015 news (written for this test): the town, its country.
places_in ar <<'T'
وقع تفجير انتحاري في بلدة سروج التركية.|سروج|TR
واستهدف الهجوم المركز الثقافي في سوروج.|سوروج|TR
وتشهد سيلوبي اشتباكات بين الشرطة والمسلحين.|سيلوبي|TR
وسيطرت المقاومة على مدينة شقرة الساحلية.|شقرة|YE
وسقط مقذوف على محافظة شرورة أمس.|شرورة|SA
وقصفت الفصائل بلدتي الفوعة وكفريا.|الفوعة|SY
واستهدف القصف منطقة دار سعد شمال عدن.|دار سعد|YE
ودارت معارك في جبهة الجفينة جنوب مأرب.|الجفينة|YE
واستهدف التفجير ناحية خان بني سعد.|خان بني سعد|IQ
وتُركت حافلة مفخخة خارج مركز للشرطة في مدينة بولي علم، عاصمة مقاطعة لوغار.|بولي علم|AF
وتُركت حافلة مفخخة خارج مركز للشرطة في مدينة بولي علم، عاصمة مقاطعة لوغار.|لوغار|AF
وقتل خمسة في هجوم بولاية ننغرهار شرقي أفغانستان.|ننغرهار|AF
وقصفت الطائرة السيارة عند مشارف قرية الحضر السورية بالقرب من هضبة الجولان.|الحضر|SY
وقتل 32 شخصا في تفجير انتحاري في بلدة سوروتش الحدودية.|سوروتش|TR
T
# A town that shares its first word with a far one: "حصيبة الشرقية" east of Ramadi is not the
# Husaybah at al-Qaim on the Syrian border (300 km away), an alternate name of Al Qa'im.
printf '%s\n' 'وشنت القوات عملية في مناطق حصيبة الشرقية شرقي الرمادي.' >"$TMP/doc.txt"
"$MARSAD" extract --index "$INDEX" --places-only --lang ar --format csv -q "$TMP/doc.txt" >"$TMP/out.csv"
got=$(awk -F',' '$4 == "حصيبة الشرقية" {print $5}' "$TMP/out.csv" | head -1)
check "حصيبة الشرقية is Husaybah al Sharqiyah" "$got" "Husaybah al Sharqiyah"
# One town, one place: the names of a town the supplement listed beside GeoNames' own entry
# (Kobani beside 'Ayn al 'Arab split its events and their tolls) name no private town (the
# camp of al-Hol, a feature of its own, may share its name).
for name in "كوباني" "عين العرب" "Kobani" "كفر زيتا" "تل أبيض" "رأس العين" "الشدادي" "قرقوش" "كفر بطنا" "الهول"; do
  n=$("$MARSAD" gazetteer lookup --index "$INDEX" --limit 10 "$name" | grep -E ' P\.[A-Z]+ ' | awk '$2 >= 990000000 {print $2}' | head -3)
  check "$name names no second, private town in the index" "$n" ""
done
# Common words that are names of far places only by spelling (or after a proclitic): no place.
places_in ar <<'T'
وصل انتحاري صباح اليوم باكرا إلى مركز للدرك.|باكرا
وقال إنه أهان مسؤولين كبارا في الحكومة.|كبارا
وسيطرت القوات على مناطق الشيحة والبو عيثة في الأنبار.|والبو
لم يعد مجديا لوم دناءة اختيار المكان.|لوم
دول كانت تملك تاريخا وتراثا وثقافة.|تاريخا
هذا سلوك دخيل على مجتمعنا.|دخيل
وهو عصب الحياة في المدينة.|عصب
وقال إن التقرير يبين حجم الخسائر.|يبين
وسيطرت المقاومة على القاعدة بغطاء جوي كثيف وفرته طائرات التحالف.|وفرته
وكان لزاما على الحكومة أن ترد.|لزاما
وضربت هزة أرضية المنطقة أمس.|هزة
وأطلق المسلحون نارا كثيفة على الحاجز.|نارا
واستولى المسلحون على سيارات تويوتا رباعية الدفع.|تويوتا
وقال إن للحرس الثوري دورا خفي في الهجوم.|خفي
ودارت الاشتباكات بين المقاومة والقوات الغازية لعدن.|الغازية
T
# English wire copy's conflict places (session 39: supplement rows and extra_names spellings),
# and the police SWAT team, which is no Swat valley.
places_in en <<'T'
Government forces retook the Red Sea port of Mokha on Tuesday.|Mokha|YE
Taliban fighters overran police posts in Marjah on Sunday.|Marjah|AF
A drone strike in North Waziristan killed four militants near Mir Ali.|North Waziristan|PK
A drone strike in North Waziristan killed four militants near Mir Ali.|Mir Ali|PK
Al Shabaab fighters attacked an army base in Bardera on Monday.|Bardera|SO
Militants attacked a checkpoint in Sevare on Friday.|Sevare|ML
Iraqi forces retook the Beiji refinery on Thursday.|Beiji|IQ
Rebels shelled Tal Rifaat on Saturday.|Tal Rifaat|SY
Boko Haram fighters attacked a village in Borno on Sunday.|Borno|NG
Police said a SWAT team stormed the house.|SWAT|
T
places_in ar <<'T'
وسيطرت المقاومة على ميناء المخا غرب تعز.|المخا|YE
وقتل خمسة مسلحين في منطقة وزيرستان شمال غرب باكستان.|وزيرستان|PK
واحتجز مسلحون رهائن في فندق بمدينة سيفاري وسط مالي.|سيفاري|ML
وفجرت امرأة نفسها في مدينة داماتورو عاصمة ولاية يوبي.|يوبي|NG
وقتل 42 شخصا في تفجيرين استهدفا محطتي حافلات في غومبيه.|غومبيه|NG
T
exit $fail
