#!/usr/bin/env bash
# Merges the shard outputs of a `marsad extract --shard K/N` job array (marsad-array.sbatch)
# back into input order: the result is byte for byte what one `marsad extract INPUT...`
# process writes (JSON format).
#
#   scripts/slurm/merge.sh [-o MERGED.jsonl] [--jsonl] [--records FILE [--records-format F]] OUTDIR INPUT...
#
# OUTDIR holds part-K-of-N.jsonl for K = 0..N-1 (all of them, and no .partial: a missing
# or unfinished shard is an error). INPUT... are the job's inputs, spelled as the job
# spelled them (the ids marsad gives to malformed lines and to text/HTML files contain the
# path); --jsonl if the job had --jsonl. Without -o the merge goes to stdout; with -o it is
# written to MERGED.partial and renamed when complete.
#
# How: records carry no sequence number, and ids are not sortable into input order, so
# the merge re-reads the inputs (ids only) and walks them in marsad's order: every shard
# file is itself in input order, so the record of the next input document is always at the
# head of one of the N shard files — the one whose head has this document's id (equal ids
# hash to the same shard), or whose head is the error record of this file and line. The
# merge streams: memory holds one line per shard, whatever the archive size. It fails
# (exit 1, nothing written) when a document's record is in no shard or a shard has records
# left over, i.e. when the outputs do not belong to these inputs.
# --records FILE: then, as a stage of the same step, one record per incident across the
# articles (`marsad merge`, docs/merge.md) over the shard files, written to FILE in format F
# (json, the default; acled; pgsql). The shards are given as they are: merge's output
# depends on the set of events only, so it equals the merge of the single-process output.
# The binary is $MARSAD (default: `marsad` on PATH), as for marsad-array.sbatch.
# Needs python3 (standard library) and, for .zst inputs, the zstd program.
set -euo pipefail
exec python3 -c '
import sys
sys.argv[0] = "merge.sh"
exec(sys.stdin.read())
' "$@" <<'PY'
import io, json, os, re, subprocess, sys

def die(msg, code=1):
    sys.stderr.write("merge.sh: " + msg + "\n")
    sys.exit(code)

USAGE = "usage: merge.sh [-o MERGED.jsonl] [--jsonl] [--records FILE [--records-format F]] OUTDIR INPUT..."
args, output, force_jsonl = [], None, False
records, records_format = None, "json"
argv = sys.argv[1:]
i = 0
while i < len(argv):
    a = argv[i]
    if a in ("-o", "--output") and i + 1 < len(argv):
        output = argv[i + 1]; i += 2; continue
    if a == "--jsonl":
        force_jsonl = True; i += 1; continue
    if a == "--records" and i + 1 < len(argv):
        records = argv[i + 1]; i += 2; continue
    if a == "--records-format" and i + 1 < len(argv):
        records_format = argv[i + 1]; i += 2; continue
    if a in ("-h", "--help"):
        print(USAGE); sys.exit(0)
    if a == "--":
        args += argv[i + 1:]; break
    args.append(a); i += 1
if len(args) < 2:
    die(USAGE, 2)
outdir, inputs = args[0], args[1:]
if "-" in inputs:
    die("stdin (-) cannot be read a second time: save the input to a file and give the job that file", 2)

# ---- the shard files -----------------------------------------------------------------
parts, partial = {}, []
for name in sorted(os.listdir(outdir)):
    m = re.fullmatch(r"part-(\d+)-of-(\d+)\.jsonl(\.partial)?", name)
    if not m:
        continue
    if m.group(3):
        partial.append(name)
    else:
        parts[(int(m.group(1)), int(m.group(2)))] = os.path.join(outdir, name)
if not parts and not partial:
    die(f"{outdir}: no part-K-of-N.jsonl files")
ns = sorted({n for _, n in parts})
if len(ns) > 1:
    die(f"{outdir}: shard files of different shard counts ({', '.join(map(str, ns))})")
n_shards = ns[0] if ns else int(re.search(r"-of-(\d+)", partial[0]).group(1))
missing = [k for k in range(n_shards) if (k, n_shards) not in parts]
if partial or missing:
    die(f"{outdir}: shards not finished: " + ", ".join(
        [f"{k}/{n_shards} (no part-{k}-of-{n_shards}.jsonl)" for k in missing] +
        [f"{p} (rerun the task: it resumes)" for p in partial]))

dec = json.JSONDecoder()

class Head:
    """The next unmerged record of one shard file."""
    __slots__ = ("raw", "id", "source", "line", "error")
    def __init__(self, raw, where):
        self.raw = raw
        s = raw.decode("utf-8", "surrogateescape")
        self.source = self.line = None
        self.error = False
        try:
            if not s.startswith('{"id":'):
                raise ValueError("not a marsad record")
            self.id, e = dec.raw_decode(s, 6)
            if s.startswith(',"source":', e):   # error record {"id","source"[,"line"],"error"}
                self.source, e = dec.raw_decode(s, e + 10)
            if s.startswith(',"line":', e):
                self.line, e = dec.raw_decode(s, e + 8)
            self.error = s.startswith(',"error":', e)
        except ValueError as x:
            die(f"{where}: not a marsad JSON record ({x}); was the job run with --format json?")

files = [open(parts[(k, n_shards)], "rb") for k in range(n_shards)]
line_no = [0] * n_shards
heads = [None] * n_shards
by_id = {}       # head id -> shard
by_line = {}     # line of an error-record head -> set of shards
numeric = set()  # shards whose head id looks like a number

def advance(k):
    h = heads[k]
    if h is not None:
        if by_id.get(h.id) == k:
            del by_id[h.id]
        if h.error and h.line is not None:
            ks = by_line[h.line]
            ks.discard(k)
            if not ks:
                del by_line[h.line]
        numeric.discard(k)
    raw = files[k].readline()
    if not raw:
        heads[k] = None
        return
    line_no[k] += 1
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    h = heads[k] = Head(raw, f"{files[k].name}:{line_no[k]}")
    if h.id in by_id:
        die(f"{files[k].name}:{line_no[k]}: id {h.id!r} also at the head of {files[by_id[h.id]].name}: "
            "these files are not shards of one run")
    by_id[h.id] = k
    if h.error and h.line is not None:
        by_line.setdefault(h.line, set()).add(k)
    if re.fullmatch(r"-?[0-9][0-9.eE+-]*", h.id):
        numeric.add(k)

for k in range(n_shards):
    advance(k)

# ---- the input documents, in marsad's order (src/output/batch_input.cc) ---------------
BLANK = b" \t\r\n\xef\xbb\xbf"
def strip_codec(p):
    for s in (".gz", ".zst", ".zstd"):
        if p.endswith(s):
            return p[: -len(s)]
    return p
def is_jsonl_name(p): return strip_codec(p).endswith((".jsonl", ".ndjson"))
def is_text_name(p): return strip_codec(p).endswith(".txt")
def is_html_name(p): return strip_codec(p).endswith((".html", ".htm"))

def expand(inp):
    if not os.path.isdir(inp):
        return [inp]
    found = []
    for root, dirs, names in os.walk(inp):
        for nm in names:
            p = os.path.join(root, nm)
            if not nm.startswith(".") and (is_jsonl_name(nm) or is_text_name(nm) or is_html_name(nm)) \
                    and os.path.isfile(p):
                found.append(p)
    return sorted(found, key=os.fsencode)

class Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""
    def __init__(self, prefix, rest):
        self.prefix, self.rest = prefix, rest
    def readable(self): return True
    def readinto(self, b):
        if self.prefix:
            n = min(len(b), len(self.prefix))
            b[:n] = self.prefix[:n]
            self.prefix = self.prefix[n:]
            return n
        data = self.rest.read(len(b))
        b[:len(data)] = data
        return len(data)
    def close(self):
        self.rest.close()
        super().close()

def open_bytes(path):
    """A byte stream of the file, decompressed when it starts with the gzip or zstd magic."""
    f = open(path, "rb")
    magic = f.peek(4)[:4]
    if magic[:2] == b"\x1f\x8b":
        import gzip
        return gzip.GzipFile(fileobj=f), None
    if magic == b"\x28\xb5\x2f\xfd":
        f.close()
        p = subprocess.Popen(["zstd", "-dcq", "--", path], stdout=subprocess.PIPE)
        return p.stdout, p
    return f, None

class Number:
    """A numeric id: marsad writes it with rapidjson's number formatting."""
    def __init__(self, v): self.v = v
    def matches(self, s):
        try: return float(s) == float(self.v)
        except ValueError: return False

def first_key_wins(pairs):
    d = {}
    for k, v in pairs:
        d.setdefault(k, v)
    return d
def reject_constant(c):
    raise ValueError(c)

def predicted_id(line, where):
    """The id marsad gives this JSON line (ParseJsonDocument); `where` when it is an error."""
    try:
        d = json.loads(line.decode("utf-8", "surrogateescape"),
                       object_pairs_hook=first_key_wins, parse_constant=reject_constant)
    except (ValueError, RecursionError):
        return where
    if not isinstance(d, dict):
        return where
    v = d.get("id")
    if v is None or v == "":
        ident = where
    elif isinstance(v, str):
        ident = v
    elif isinstance(v, bool) or not isinstance(v, (int, float)):
        return where
    elif isinstance(v, int) and -2**63 <= v < 2**64:
        ident = str(v)
    else:
        ident = Number(v)
    if "text" not in d:
        return where
    for k in ("text", "lang", "published", "url", "title"):
        if d.get(k) is not None and not isinstance(d[k], str):
            return where
    return ident

def documents():
    """(source, line or None, id) of every input document, in marsad's order."""
    for inp in inputs:
        for path in expand(inp):
            try:
                f, proc = open_bytes(path)
            except OSError:
                yield path, None, path          # unreadable file: one error record
                continue
            n = 0
            try:
                jsonl = force_jsonl or is_jsonl_name(path)
                if not jsonl and not (is_text_name(path) or is_html_name(path)):
                    # JSON lines when the first non-blank byte is "{" (DocumentReader::OpenNext).
                    prefix = b""
                    while True:
                        chunk = f.read(1 << 16)
                        prefix += chunk
                        if not chunk or prefix.lstrip(BLANK):
                            break
                    jsonl = prefix.lstrip(BLANK)[:1] == b"{"
                    f = io.BufferedReader(Prefixed(prefix, f), 1 << 16)
                if not jsonl:
                    yield path, None, path          # one whole-file document
                    continue
                for raw in f:
                    n += 1
                    if raw.endswith(b"\n"):
                        raw = raw[:-1]
                    if raw.endswith(b"\r"):
                        raw = raw[:-1]
                    if not raw.strip(b" \t\r"):
                        continue
                    where = f"{path}:{n}"
                    yield path, n, predicted_id(raw, where)
            except (OSError, EOFError) as x:         # truncated or corrupt compressed file
                yield path, n + 1, f"{path}:{n + 1}"
            finally:
                f.close()
                if proc:
                    proc.wait()

same_cache = {}
def same_file(a, b):
    if a == b:
        return True
    key = (a, b)
    if key not in same_cache:
        try: same_cache[key] = os.path.samefile(a, b)
        except OSError: same_cache[key] = False
    return same_cache[key]

# ---- the merge ---------------------------------------------------------------------------
tmp = output + ".partial" if output else None
out = w = open(tmp, "wb") if output else sys.stdout.buffer
merged = 0
try:
    for source, line, ident in documents():
        k = None
        # The error record of this file and line (a malformed line, a failed document).
        if line is not None:
            for c in by_line.get(line, ()):
                if same_file(heads[c].source, source):
                    k = c
                    break
        if k is None:
            if isinstance(ident, Number):
                k = next((c for c in numeric if ident.matches(heads[c].id)), None)
            else:
                k = by_id.get(ident)
        if k is None:
            what = f"{source}:{line}" if line is not None else source
            shown = ident.v if isinstance(ident, Number) else ident
            die(f"no shard has the record of {what} (id {shown!r}) next: are these the job's inputs, "
                "spelled as the job spelled them, and are the shard files complete?")
        w.write(heads[k].raw)
        w.write(b"\n")
        merged += 1
        advance(k)
    left = [k for k in range(n_shards) if heads[k] is not None]
    if left:
        k = left[0]
        die(f"{files[k].name}:{line_no[k]}: record {heads[k].id!r} matches no input document "
            f"({len(left)} shard(s) have records left over): were the shards run over other inputs?")
    w.flush()
    if output:
        os.fsync(out.fileno())
        out.close()
        os.replace(tmp, output)
except BaseException:
    if output:
        out.close()
        try: os.unlink(tmp)
        except OSError: pass
    raise
sys.stderr.write(f"merge.sh: {merged} record(s) from {n_shards} shard(s) in input order\n")
if records:
    marsad = os.environ.get("MARSAD") or "marsad"
    cmd = [marsad, "merge", "--quiet", "-f", records_format, "-o", records] + \
          [parts[(k, n_shards)] for k in range(n_shards)]
    try:
        rc = subprocess.run(cmd).returncode
    except OSError as x:
        die(f"cannot run {marsad} for --records: {x} (set MARSAD to the marsad binary)")
    if rc != 0:
        die(f"marsad merge failed (exit {rc}); {records} not written")
    sys.stderr.write(f"merge.sh: records of incidents across articles in {records}\n")
PY
