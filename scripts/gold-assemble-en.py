#!/usr/bin/env python3
"""Turn hand-written English annotation specs into offsets-only news gold.

usage: gold-assemble-en.py SPEC.jsonl ARTICLES.jsonl OUT.offsets.jsonl [MARSAD]

The English counterpart of ../shared/eval/annotate/assemble.py (which is written for Arabic
proclitics): same spec format (see that file's docstring and GUIDE.md), same output fields,
but surfaces are matched as whole words, case-sensitively, and the output keeps no text
(ids, code-point offsets and surfaces, like data/eval/news-events-train.ar.offsets.jsonl);
scripts/gold-from-offsets.py puts the texts back from the articles file.

An event may also give `geonameid` (the gazetteer entry of its location): with MARSAD (the
marsad binary) its `lat`/`lon` are filled from `MARSAD gazetteer lookup NAME`, NAME being the
event's `lookup` field or else the first comma part of its location; an id the look-up does
not list is a problem. A sentence ends at . ! ? followed by a space and an upper-case letter,
a quote or a digit, except after common abbreviations (U.S., Mr., Gen.), so that the event's
span is its whole sentence.
Every surface must be found; every problem is printed and the exit code is 1.
"""
import json
import re
import subprocess
import sys

ABBREV = ("U.S", "U.N", "U.K", "Mr", "Mrs", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "St", "Jr", "No", "Brig",
          "N", "S", "E", "W", "a.m", "p.m", "Rep", "Sen", "Prof", "vs", "etc")



def nth_occurrence(text, needle, k):
    """The start of the k-th (0-based) occurrence of `needle` in `text`, or None."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[k] if len(starts) > k else None

def word_re(s):
    return re.compile(r'(?<![A-Za-z0-9])' + re.escape(s.strip()) + r'(?![A-Za-z0-9])')


def spans_of(text, s):
    return [(m.start(), m.end()) for m in word_re(s).finditer(text)]


def sentence_span(text, pos):
    st, en = 0, len(text)
    for m in re.finditer(r'[.!?]["\u201d\']?(?=\s+["\u201c\'A-Z0-9])|\n', text):
        if m.group() != '\n':
            before = text[max(0, m.start() - 5):m.start()]
            if any(before.endswith(a) and (len(before) == len(a) or not before[-len(a) - 1].isalpha())
                   for a in ABBREV):
                continue
        if m.end() <= pos:
            st = m.end()
        else:
            en = m.end() if m.group() != '\n' else m.start()
            break
    while st < len(text) and text[st] in ' \n\t\u00a0':
        st += 1
    return st, en


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


_lookups = {}


def coords(marsad, name, gid):
    if (name, gid) not in _lookups:
        out = subprocess.run([marsad, 'gazetteer', 'lookup', name], capture_output=True, text=True).stdout
        m = re.search(r'^\s*\d+\.\s+' + str(gid) + r'\s.*?\s(-?[\d.]+),(-?[\d.]+)\s', out, re.M)
        _lookups[(name, gid)] = (float(m.group(1)), float(m.group(2))) if m else None
    return _lookups[(name, gid)]


def build(spec, art, errs, marsad):
    t, did = art['text'], art['id']
    out = {'id': did, 'lang': art.get('lang', 'en'), 'topic': spec.get('topic', 'conflict'), 'toponyms': [],
           'not_toponyms': [], 'actors': [], 'quantities': [], 'events': [], 'toponyms_coordinates': False}
    blocked = []
    for s in spec.get('not_toponyms', []):
        sp = spans_of(t, s)
        if not sp:
            errs.append(f'{did}: not_toponym not found: {s}')
        for a, b in sp:
            blocked.append((a, b))
            out['not_toponyms'].append({'start': a, 'end': b, 'surface': t[a:b]})
    tops = []
    for s in sorted(set(spec.get('toponyms', [])), key=len, reverse=True):
        sp = spans_of(t, s)
        if not sp:
            errs.append(f'{did}: toponym not found: {s}')
        for a, b in sp:
            if any(overlaps((a, b), x) for x in blocked + tops):
                continue
            tops.append((a, b))
            out['toponyms'].append({'start': a, 'end': b, 'surface': t[a:b], 'name': s, 'geonameid': None,
                                    'lat': None, 'lon': None})
    out['toponyms'].sort(key=lambda x: x['start'])
    acts = []
    for s, canon in sorted(spec.get('actors', []), key=lambda x: len(x[0]), reverse=True):
        sp = spans_of(t, s)
        if not sp:
            errs.append(f'{did}: actor not found: {s}')
        for a, b in sp:
            if any(overlaps((a, b), x) for x in acts):
                continue
            acts.append((a, b))
            out['actors'].append({'start': a, 'end': b, 'surface': t[a:b], 'actor': canon})
    out['actors'].sort(key=lambda x: x['start'])
    for q in spec.get('quantities', []):
        at = nth_occurrence(t, q['text'], q.get('occurrence', 0))
        if at is None:
            errs.append(f'{did}: quantity context not found: {q["text"]}')
            continue
        m = word_re(q['num']).search(q['text'])
        if not m:
            errs.append(f'{did}: numeral {q["num"]} not in its context {q["text"]}')
            continue
        a = at + m.start()
        b = a + len(m.group())
        out['quantities'].append({'start': a, 'end': b, 'surface': t[a:b], 'value': q.get('value'),
                                  'qualifier': q.get('qualifier', 'exact'), 'category': q.get('category')})
    out['quantities'].sort(key=lambda x: x['start'])
    for e in spec.get('events', []):
        at = nth_occurrence(t, e['evidence'], e.get('occurrence', 0))
        if at is None:
            errs.append(f'{did}: event evidence not found: {e["evidence"]}')
            continue
        s0, s1 = sentence_span(t, at)
        s0 = min(s0, at)
        s1 = max(s1, at + len(e['evidence']))
        ev = {'sentence_start': s0, 'sentence_end': s1, 'sentence': t[s0:s1],
              'type': f"{e['type']} / {e['sub_event_type']}", 'event_type': e['type'],
              'sub_event_type': e['sub_event_type'], 'actor1': e.get('actor1'), 'actor2': e.get('actor2'),
              'location': e.get('location'), 'geonameid': e.get('geonameid'), 'lat': None, 'lon': None,
              'date': e.get('date'), 'fatalities': e.get('fatalities'), 'evidence': e['evidence']}
        if e.get('note'):
            ev['note'] = e['note']
        if ev['geonameid'] and marsad:
            name = e.get('lookup') or e['location'].split(',')[0]
            c = coords(marsad, name, ev['geonameid'])
            if c is None:
                errs.append(f'{did}: geonameid {ev["geonameid"]} not listed by lookup {name!r}')
            else:
                ev['lat'], ev['lon'] = c
        out['events'].append(ev)
    if spec.get('note'):
        out['note'] = spec['note']
    for layer in ('toponyms', 'not_toponyms', 'actors', 'quantities'):
        for x in out[layer]:
            assert t[x['start']:x['end']] == x['surface']
    return out


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    spec_path, art_path, out_path = sys.argv[1:4]
    marsad = sys.argv[4] if len(sys.argv) == 5 else None
    specs = [json.loads(line) for line in open(spec_path, encoding='utf-8') if line.strip()]
    want = {s['id'] for s in specs}
    arts = {}
    for line in open(art_path, encoding='utf-8'):
        if line.strip():
            a = json.loads(line)
            if a['id'] in want:
                arts[a['id']] = a
    errs, outs = [], []
    for sp in specs:
        if sp['id'] not in arts:
            errs.append(f'unknown id {sp["id"]}')
            continue
        outs.append(build(sp, arts[sp['id']], errs, marsad))
    with open(out_path, 'w', encoding='utf-8') as f:
        for o in outs:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    n = lambda k: sum(len(o[k]) for o in outs)
    print(f'{len(outs)} articles: toponyms {n("toponyms")}, actors {n("actors")}, quantities {n("quantities")}, '
          f'events {n("events")}; {len(errs)} problem(s)')
    for e in errs:
        print('  ' + e)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
