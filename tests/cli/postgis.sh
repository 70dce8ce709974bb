#!/usr/bin/env bash
# `marsad extract --format pgsql` and `marsad load --postgres` against a real PostgreSQL 15 +
# PostGIS 3 (Debian postgresql-15-postgis-3) that this test starts on loopback in a temporary
# data directory (as user postgres when run as root). Skipped with a message when the
# packages are absent. Optional: MARSAD_TEST_CORPUS=FILE.jsonl also loads that corpus.
# Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"
export LC_ALL=C.UTF-8
PGBIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PGBIN/initdb" ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "SKIP: PostgreSQL 15 + PostGIS 3 not installed (Debian postgresql-15 postgresql-15-postgis-3;"
  echo "      scripts/install-deps.sh installs them)"
  exit 0
fi
if grep -q 'without libpq' <<<"$("$MARSAD" load --postgres "host=/nonexistent" /dev/null 2>&1)"; then
  echo "SKIP: marsad built without libpq (Debian libpq-dev)"; exit 0
fi
TMP="$(mktemp -d /tmp/marsad-pg.XXXXXX)"
chmod 755 "$TMP"
AS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "SKIP: running as root and there is no postgres user"; exit 0; }
  chown postgres "$TMP"; AS=(runuser -u postgres --)
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { "${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -m immediate stop >/dev/null 2>&1; rm -rf "$TMP"; }
trap cleanup EXIT
. "$(dirname "$0")/lib/checks.sh"

"${AS[@]}" "$PGBIN/initdb" -D "$TMP/data" -U marsad --auth=trust -E UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 \
  || { echo "FAIL: initdb"; cat "$TMP/initdb.log"; exit 1; }
"${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/data/server.log" -w -t 60 \
  -o "-p $PORT -k $TMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || { echo "FAIL: postgres did not start"; cat "$TMP/data/server.log"; exit 1; }
PSQL=(psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U marsad)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE t1" -c "CREATE DATABASE t2" || { echo "FAIL: createdb"; exit 1; }
URL1="postgresql://marsad@127.0.0.1:$PORT/t1"

# Places near Raqqa (Tabqa ~45 km, Raqqa itself) and far from it (Aleppo, Damascus, Mosul).
cat >"$TMP/in.jsonl" <<'J'
{"id": "near-1", "lang": "en", "text": "Shelling killed three civilians in Raqqa on Monday.", "published": "2016-03-07"}
{"id": "near-2", "lang": "ar", "text": "اشتباكات عنيفة في مدينة الطبقة بريف الرقة الغربي.", "published": "2016-03-07"}
{"id": "far-1", "lang": "en", "text": "Airstrikes hit Aleppo and Damascus on Tuesday.", "published": "2016-03-08"}
{"id": "far-2", "lang": "en", "text": "Clashes erupted in Mosul, killing 5 fighters.", "published": "2016-03-08"}
{"id": "empty", "text": ""}
J
"$MARSAD" extract -q -o "$TMP/res.jsonl" "$TMP/in.jsonl"
"$MARSAD" load --postgres "$URL1" "$TMP/res.jsonl" 2>"$TMP/load.err"; rc=$?
check "load exits 0" "$rc" 0
grep -q 'marsad load: 5 document(s)' "$TMP/load.err" && ok "load summary" || { bad "load summary"; cat "$TMP/load.err"; }
q() { "${PSQL[@]}" -d "$1" -c "$2"; }
check "documents loaded" "$(q t1 'SELECT count(*) FROM documents')" 5
check "error record loaded with its message" "$(q t1 "SELECT count(*) FROM documents WHERE doc_id='empty' AND error IS NOT NULL")" 1
places1=$(q t1 'SELECT count(*) FROM places'); events1=$(q t1 'SELECT count(*) FROM events')
[ "$places1" -ge 5 ] && ok "places loaded ($places1)" || bad "places: $places1"
check "places have a 4326 point geometry" "$(q t1 "SELECT count(*) FROM places WHERE geom IS NOT NULL AND ST_SRID(geom) <> 4326")" 0
check "places carry spans" "$(q t1 "SELECT count(*) FROM places WHERE span IS NULL")" 0
# The spatial query: documents with places within 50 km of Raqqa (35.95 N, 39.01 E).
near=$(q t1 "SELECT string_agg(DISTINCT doc_id, ',' ORDER BY doc_id) FROM places
             WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(39.01, 35.95), 4326)::geography, 50000)")
check "places within 50 km of Raqqa: the near documents only" "$near" "near-1,near-2"
far=$(q t1 "SELECT count(*) FROM places WHERE doc_id LIKE 'far-%' AND geom IS NOT NULL")
[ "$far" -ge 3 ] && ok "far places have geometry too ($far)" || bad "far places: $far"
check "events table has ACLED columns" "$(q t1 "SELECT count(*) FROM information_schema.columns WHERE table_name='events' AND column_name IN ('event_type','actor1','fatalities','geom')")" 4

# The schema a GIS user expects (issue 19 §4): one-column keys, dates as dates, actors and
# counts in their own tables, ACLED's columns on events.
keys=$(q t1 "SELECT string_agg(tc.table_name || ':' || kcu.column_name, ',' ORDER BY tc.table_name)
             FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu
             USING (constraint_schema, constraint_name)
             WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
               AND tc.table_name <> 'spatial_ref_sys'")
check "a one-column primary key on every table" "$keys" \
  "actors:fid,documents:doc_id,events:fid,places:fid,quantities:fid"
types=$(q t1 "SELECT string_agg(table_name || '.' || column_name || '=' || data_type, ',' ORDER BY table_name, column_name)
              FROM information_schema.columns WHERE (table_name, column_name) IN
              (('documents','published'),('documents','loaded_at'),('events','event_date'))")
check "dates are date and timestamptz" "$types" \
  "documents.loaded_at=timestamp with time zone,documents.published=date,events.event_date=date"
check "event dates read as dates" "$(q t1 "SELECT count(*) FROM events WHERE event_date BETWEEN '2016-03-01' AND '2016-03-08'")" "$events1"
actors1=$(q t1 'SELECT count(*) FROM actors'); counts1=$(q t1 'SELECT count(*) FROM quantities')
[ "$actors1" -ge 1 ] && [ "$counts1" -ge 2 ] && ok "actors ($actors1) and quantities ($counts1) tables" ||
  bad "actors $actors1, quantities $counts1"
check "the killed count of near-1" "$(q t1 "SELECT value || ' ' || category FROM quantities WHERE doc_id='near-1' AND category='killed'")" "3 killed"
check "ACLED columns on events" "$(q t1 "SELECT count(*) FROM information_schema.columns WHERE table_name='events'
  AND column_name IN ('disorder_type','civilian_targeting','admin1','admin1_code')")" 4
check "near-1: Political violence, civilians targeted, in Ar-Raqqah governorate" \
  "$(q t1 "SELECT disorder_type || '|' || coalesce(civilian_targeting, '-') || '|' || coalesce(admin1, '-')
           FROM events WHERE doc_id='near-1' ORDER BY idx LIMIT 1")" "Political violence|Civilian targeting|Ar-Raqqah Governorate"
check "load summary counts actors and counts" "$(grep -c 'actor(s), .* count(s) loaded' "$TMP/load.err")" 1
# GDAL (QGIS's reader) lists the layers without a warning.
if command -v ogrinfo >/dev/null 2>&1; then
  ogrinfo -ro "PG:host=127.0.0.1 port=$PORT user=marsad dbname=t1" >"$TMP/ogr.out" 2>"$TMP/ogr.err"; rc=$?
  check "ogrinfo on the database: exit 0" "$rc" 0
  check "ogrinfo: no warning" "$(cat "$TMP/ogr.err")" ""
  for layer in "places (Point)" "events (Point)"; do
    grep -q ": $layer" "$TMP/ogr.out" && ok "ogrinfo lists $layer" || { bad "ogrinfo lacks $layer"; cat "$TMP/ogr.out"; }
  done
  ogrinfo -ro -so "PG:host=127.0.0.1 port=$PORT user=marsad dbname=t1" events >"$TMP/ogr-ev.out" 2>"$TMP/ogr-ev.err"
  grep -q '^FID Column = fid' "$TMP/ogr-ev.out" && grep -q '^event_date: Date' "$TMP/ogr-ev.out" &&
    [ ! -s "$TMP/ogr-ev.err" ] && ok "ogrinfo: events keyed by fid, event_date a Date" ||
    { bad "ogrinfo events"; cat "$TMP/ogr-ev.out" "$TMP/ogr-ev.err"; }
else
  echo "skip: ogrinfo not installed (gdal-bin): the layers are not listed through GDAL"
fi
# Tables of an older marsad are refused with what to do, not altered.
"${PSQL[@]}" -d postgres -c "CREATE DATABASE t3" >/dev/null
q t3 "CREATE EXTENSION postgis; CREATE TABLE documents (doc_id text PRIMARY KEY);
      CREATE TABLE places (doc_id text, idx integer, PRIMARY KEY (doc_id, idx))" >/dev/null
"$MARSAD" load -q --postgres "postgresql://marsad@127.0.0.1:$PORT/t3" "$TMP/res.jsonl" 2>"$TMP/old.err"; rc=$?
check "old schema: exit 1" "$rc" 1
grep -q 'made by an older marsad' "$TMP/old.err" && ok "old schema: says what to do" || { bad "old schema message"; cat "$TMP/old.err"; }

# Idempotent: loading the same file again replaces, never duplicates.
"$MARSAD" load -q --postgres "$URL1" "$TMP/res.jsonl" "$TMP/res.jsonl"; rc=$?
check "reload exits 0" "$rc" 0
check "reload: same document count" "$(q t1 'SELECT count(*) FROM documents')" 5
check "reload: same place count" "$(q t1 'SELECT count(*) FROM places')" "$places1"
check "reload: same event count" "$(q t1 'SELECT count(*) FROM events')" "$events1"

# A changed result for one document replaces its rows.
grep '"id":"far-2"' "$TMP/res.jsonl" | sed 's/"places":\[.*\],"focus"/"places":[],"focus"/' >"$TMP/far2.jsonl"
"$MARSAD" load -q --postgres "$URL1" "$TMP/far2.jsonl"
check "replaced document has its new (empty) places" "$(q t1 "SELECT count(*) FROM places WHERE doc_id='far-2'")" 0
echo '{not json' >>"$TMP/far2.jsonl"
"$MARSAD" load -q --postgres "$URL1" "$TMP/far2.jsonl" 2>"$TMP/bad.err"; rc=$?
check "malformed result line: exit 1" "$rc" 1
grep -q 'far2.jsonl:2: skipped' "$TMP/bad.err" && ok "malformed line named" || bad "malformed line message"
"$MARSAD" load -q --postgres "postgresql://marsad@127.0.0.1:1/none" "$TMP/res.jsonl" 2>/dev/null; rc=$?
check "unreachable server: exit 1" "$rc" 1

# --format pgsql: a psql script of COPY rows; same tables, same answers; idempotent too.
"$MARSAD" extract -q --format pgsql -o "$TMP/res.sql" "$TMP/in.jsonl"
for i in 1 2; do "${PSQL[@]}" -d t2 -f "$TMP/res.sql" >/dev/null || bad "psql -f res.sql (run $i)"; done
check "pgsql format: documents" "$(q t2 'SELECT count(*) FROM documents')" 5
check "pgsql format: places as load" "$(q t2 'SELECT count(*) FROM places')" "$places1"
check "pgsql format: events as load" "$(q t2 'SELECT count(*) FROM events')" "$events1"
check "pgsql format: actors as load" "$(q t2 'SELECT count(*) FROM actors')" "$actors1"
check "pgsql format: quantities as load" "$(q t2 'SELECT count(*) FROM quantities')" "$counts1"
check "pgsql format: admin1 names as load" "$(q t2 "SELECT string_agg(coalesce(admin1, '-'), ',' ORDER BY doc_id, idx) FROM events")" \
  "$(q t1 "SELECT string_agg(coalesce(admin1, '-'), ',' ORDER BY doc_id, idx) FROM events")"
near2=$(q t2 "SELECT string_agg(DISTINCT doc_id, ',' ORDER BY doc_id) FROM places
             WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(39.01, 35.95), 4326)::geography, 50000)")
check "pgsql format: spatial query" "$near2" "near-1,near-2"

if [ -n "${MARSAD_TEST_CORPUS:-}" ] && [ -f "$MARSAD_TEST_CORPUS" ]; then
  "$MARSAD" extract -q -o "$TMP/corpus.jsonl" "$MARSAD_TEST_CORPUS"
  "$MARSAD" load --postgres "$URL1" "$TMP/corpus.jsonl" || bad "corpus load"
  echo "corpus: $(q t1 'SELECT count(*) FROM documents') documents, $(q t1 'SELECT count(*) FROM places') places," \
       "$(q t1 'SELECT count(*) FROM events') events; documents with a place within 50 km of Raqqa:" \
       "$(q t1 "SELECT count(DISTINCT doc_id) FROM places WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(39.01, 35.95), 4326)::geography, 50000)")"
fi
exit $fail
