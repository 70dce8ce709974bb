#!/usr/bin/env bash
# CLIFF drop-in (issue 19 §4): `marsad serve` answered as CLIFF by a stdlib Python client
# that makes the requests of mediacloud's cliff-api-client (cliff/api.py): form POSTs of
# q and replaceAllDemonyms to /cliff-2.6.1/parse/text and /parse/sentences (q a JSON list
# of sentences), and of id to /cliff-2.6.1/geonames, whose "results" carry the parent chain.
# Uses the default index (or $MARSAD_GAZETTEER). Args: marsad binary, source dir, build dir.
set -uo pipefail
MARSAD="$1"; SRC="$2"; BUILD="$3"
export LC_ALL=C.UTF-8
. "$(dirname "$0")/lib/checks.sh"
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
INDEX="${MARSAD_GAZETTEER:-$SRC/data/gazetteer/default.mgz}"
[ -f "$INDEX" ] || { echo "SKIP: no gazetteer index at $INDEX (make gazetteer)"; exit 0; }
TMP="$(mktemp -d "$BUILD/cliff-client.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid"; fi
  [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"
}
trap cleanup EXIT

"$MARSAD" serve --port 0 >"$TMP/serve.out" 2>"$TMP/serve.err" &
server_pid=$!
port=""
for _ in $(seq 1 300); do
  port="$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.out" 2>/dev/null | head -1 | sed 's/.*://')"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { bad "marsad serve did not start"; cat "$TMP/serve.err"; exit 1; }

"$PY" - "http://127.0.0.1:$port" "$SRC/examples/raqqa-negotiations.ar.txt" <<'PY'
import json, sys, urllib.error, urllib.parse, urllib.request

BASE, EXAMPLE = sys.argv[1], sys.argv[2]
PARSE_TEXT_PATH = "/cliff-2.6.1/parse/text"          # the client's constants
PARSE_SENTENCES_PATH = "/cliff-2.6.1/parse/sentences"
GEONAMES_LOOKUP_PATH = "/cliff-2.6.1/geonames"
fails = 0

def check(cond, what):
    global fails
    print(("ok: " if cond else "FAIL: ") + what)
    fails += not cond

def query(path, args):  # requests.post(url, data=args): a form POST, then r.json()
    req = urllib.request.Request(BASE + path, data=urllib.parse.urlencode(args).encode())
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())

def parse_text(text, demonyms=False):
    return query(PARSE_TEXT_PATH, {"q": text, "replaceAllDemonyms": "true" if demonyms else "false"})

text = open(EXAMPLE, encoding="utf-8").read()
status, r = parse_text(text)
check(status == 200 and r.get("status") == "ok", f"parse_text: {status} {r.get('status')}")
res = r["results"]
ids = [m["id"] for m in res["places"]["mentions"]]
check(172955 in ids, "parse_text: Raqqa (172955) among the mentions")
orgs = res["organizations"]
check(len(orgs) > 0 and all(set(o) == {"count", "name"} and o["count"] >= 1 for o in orgs),
      f"organizations from the actors: {[(o['name'], o['count']) for o in orgs][:4]}")
check(isinstance(res["people"], list), "people is a list")
m = res["places"]["mentions"][0]
check(text[m["source"]["charIndex"]:].startswith(m["source"]["string"]), "source.charIndex points at the mention")

status, en = parse_text("Syrian forces shelled Aleppo and Homs.", demonyms=True)
check(status == 200 and any(c["countryCode"] == "SY" for c in en["results"]["places"]["focus"]["countries"]),
      "replaceAllDemonyms=true: Syria in the focus")

sentences = [{"sentence": "Shelling killed five civilians in Raqqa on Monday.", "story_sentences_id": 1},
             {"sentence": "Fighting went on near Aleppo.", "story_sentences_id": 2}]
status, s = query(PARSE_SENTENCES_PATH, {"q": json.dumps(sentences), "replaceAllDemonyms": "false"})
names = [m["name"] for m in s.get("results", {}).get("places", {}).get("mentions", [])]
check(status == 200 and s["status"] == "ok" and "Aleppo" in names and any("Raqqa" in n for n in names),
      f"parse_sentences: {names}")
status, s = query(PARSE_SENTENCES_PATH, {"q": "not json"})
check(status == 400 and s["status"] == "error", f"parse_sentences with q not JSON: {status} {s.get('details')}")

status, g = query(GEONAMES_LOOKUP_PATH, {"id": 172955})
results = g.get("results", {})
check(status == 200 and results.get("id") == 172955 and abs(results.get("lat", 0) - 35.95) < 0.05,
      f"geonames_lookup(172955): {results.get('name')} {results.get('lat')},{results.get('lon')}")
parent = results.get("parent", {})
check(parent.get("featureCode") == "ADM1" and parent.get("countryCode") == "SY",
      f"its parent is its governorate: {parent.get('name')} ({parent.get('featureCode')})")
check(parent.get("parent", {}).get("name") == "Syria" and "parent" not in parent.get("parent", {}),
      f"whose parent is the country: {parent.get('parent', {}).get('name')}")
status, g = query(GEONAMES_LOOKUP_PATH, {"id": 163843})  # Syria itself
check(status == 200 and g["results"]["name"] == "Syria" and "parent" not in g["results"], "a country has no parent")
status, g = query(GEONAMES_LOOKUP_PATH, {"id": 1})
check(status == 404 and g["status"] == "error", f"an unknown id: {status} {g.get('details')}")
status, g = query(GEONAMES_LOOKUP_PATH, {"id": "x"})
check(status == 400 and g["status"] == "error", f"a non-numeric id: {status}")
# GET with a query string (CLIFF's own examples) and the root paths work too.
with urllib.request.urlopen(BASE + "/geonames?id=172955") as r:
    check(json.loads(r.read())["results"]["id"] == 172955, "GET /geonames?id= at the root")
sys.exit(1 if fails else 0)
PY
rc=$?
[ "$rc" -eq 0 ] && ok "the CLIFF client's requests" || bad "the CLIFF client's requests (exit $rc)"
exit $fail
