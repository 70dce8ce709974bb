// The map page's data: what a file or the text box holds (documents to extract, a results
// file written by `marsad extract`, an ACLED CSV), running many documents through
// POST /v1/extract/batch with a progress line, the flat event rows the explorer filters,
// and their export as GeoJSON and CSV (docs/map.md).
'use strict';

const MarsadData = (() => {
  // Limits, stated to the user when a file goes beyond them.
  const LIMITS = {
    fileBytes: 64 * 1024 * 1024,  // any one file
    runDocuments: 2000,           // documents extracted by the page in one run
    requestBytes: 1024 * 1024,    // one batch request (the server refuses more than 2 MiB)
    requestDocuments: 10,         // one batch request: a progress step every few seconds
  };

  // ------------------------------------------------------------ reading inputs
  function jsonLines(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      try {
        out.push({ line: i + 1, value: JSON.parse(line) });
      } catch (e) {
        out.push({ line: i + 1, error: `line ${i + 1} is not JSON: ${e.message}` });
      }
    }
    return out;
  }

  const isRecord = (v) => v && typeof v === 'object' && (Array.isArray(v.places) || Array.isArray(v.events) || 'error' in v);
  const isDocument = (v) => v && typeof v === 'object' && typeof v.text === 'string';

  // RFC 4180 CSV into rows of fields.
  function parseCsv(text) {
    const rows = [];
    let row = [], field = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"' && field === '') quoted = true;
      else if (c === ',') { row.push(field); field = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(field); rows.push(row); row = []; field = '';
      } else field += c;
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    return rows.filter((r) => r.length > 1 || r[0] !== '');
  }

  // What one piece of input is: {kind: 'records'|'documents'|'acled', items, errors}.
  // `name` is the file name (or 'pasted text'); plain text is one document.
  function classify(name, text) {
    const head = text.trimStart();
    if (/\.csv$/i.test(name) || /^"?event_id_cnty"?,|^"?event_date"?,/.test(head)) return acledRows(name, text);
    if (head.startsWith('{')) {
      const lines = jsonLines(head);
      const first = lines.find((l) => l.value);
      if (first && isRecord(first.value)) {
        return { kind: 'records', items: lines.filter((l) => isRecord(l.value)).map((l) => l.value),
          errors: lines.filter((l) => l.error || !isRecord(l.value)).map((l) => `${name}: ${l.error ?? `line ${l.line} is not a marsad record`}`) };
      }
      if (first && isDocument(first.value)) {
        const docs = [];
        const errors = [];
        for (const l of lines) {
          if (l.value && isDocument(l.value)) docs.push({ ...l.value, id: String(l.value.id ?? `${name}:${l.line}`) });
          else errors.push(`${name}: ${l.error ?? `line ${l.line} has no "text"`}`);
        }
        return { kind: 'documents', items: docs, errors };
      }
    }
    return { kind: 'documents', items: [{ id: name, text }], errors: [] };
  }

  function acledRows(name, text) {
    const rows = parseCsv(text);
    if (rows.length === 0) return { kind: 'acled', items: [], errors: [`${name}: empty CSV`] };
    const head = rows[0].map((h) => h.trim());
    const need = ['event_date', 'event_type', 'latitude', 'longitude'];
    const missing = need.filter((c) => !head.includes(c));
    if (missing.length) return { kind: 'acled', items: [], errors: [`${name}: not an ACLED CSV (no column ${missing.join(', ')})`] };
    const items = [];
    const errors = [];
    for (let i = 1; i < rows.length; i++) {
      if (rows[i].length !== head.length) {
        errors.push(`${name}: row ${i + 1} has ${rows[i].length} fields, the header ${head.length}`);
        continue;
      }
      const o = {};
      head.forEach((h, k) => { o[h] = rows[i][k]; });
      items.push(o);
    }
    return { kind: 'acled', items, errors };
  }

  // ------------------------------------------------------------ running documents
  // Batches of whole JSON lines within the request limits. A document larger than one
  // request goes alone: the server answers with its own error for it.
  function batches(docs) {
    const out = [];
    let cur = [], bytes = 0;
    for (const d of docs) {
      const line = JSON.stringify(d);
      const size = new TextEncoder().encode(line).length + 1;
      if (cur.length && (cur.length >= LIMITS.requestDocuments || bytes + size > LIMITS.requestBytes)) {
        out.push(cur);
        cur = []; bytes = 0;
      }
      cur.push({ doc: d, line });
      bytes += size;
    }
    if (cur.length) out.push(cur);
    return out;
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  // Runs documents through /v1/extract/batch in order; onProgress(done, total) after each
  // request. Returns one record per document (an error record for a failed one). A busy
  // server (503) is retried after its Retry-After; documents the time budget cut off are
  // sent again in a request of their own.
  // stopped() is asked before each request: the documents not sent get an error record.
  async function runBatch(docs, params, onProgress, stopped = () => false) {
    const records = [];
    const queue = batches(docs);
    let retries = 0;
    while (queue.length) {
      const batch = queue.shift();
      if (stopped()) {
        for (const b of [batch, ...queue].flat()) records.push({ id: b.doc.id, error: 'not extracted: stopped by the user' });
        break;
      }
      const r = await MarsadAuth.fetch(`/v1/extract/batch?${params}`, {
        method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: batch.map((b) => b.line).join('\n') + '\n',
      });
      if (r.status === 503 && retries < 20) {
        retries++;
        queue.unshift(batch);
        await sleep(1000 * Math.min(10, Number(r.headers.get('Retry-After')) || 1));
        continue;
      }
      const body = await r.text();
      if (!r.ok) {
        let msg = `HTTP ${r.status}`;
        try { msg = JSON.parse(body).message || msg; } catch { /* not JSON */ }
        for (const b of batch) records.push({ id: b.doc.id, error: msg });
        onProgress(records.length, docs.length);
        continue;
      }
      const lines = body.split('\n').filter((l) => l.trim());
      const again = [];
      batch.forEach((b, k) => {
        let rec;
        try { rec = JSON.parse(lines[k]); } catch { rec = { error: `no answer for document ${b.doc.id}` }; }
        if (rec.error && /time budget/.test(rec.error) && batch.length > 1) again.push(b);
        else records.push({ ...rec, id: rec.id ?? b.doc.id });
      });
      // Cut off by the time budget: one at a time from here on.
      for (let k = again.length - 1; k >= 0; k--) queue.unshift([again[k]]);
      onProgress(records.length, docs.length);
    }
    return records;
  }

  // ------------------------------------------------------------ event rows
  const regionNames = (() => {
    try { return new Intl.DisplayNames(['en'], { type: 'region' }); } catch { return null; }
  })();
  function countryName(code) {
    if (!code) return '';
    try { return regionNames?.of(code) ?? code; } catch { return code; }
  }

  function actorName(ref, actors) {
    if (ref == null) return '';
    if (typeof ref === 'object') return ref.name ?? ref.id ?? '';
    if (typeof ref === 'number') return actors?.[ref]?.name ?? '';
    const a = (actors || []).find((x) => x.id === ref);
    return a?.name ?? String(ref);
  }

  // The events of a marsad record as flat rows (doc = the document's index in the dataset).
  function eventRows(rec, doc) {
    return (rec.events || []).map((ev, k) => {
      const p = ev.place && typeof ev.place === 'object' ? ev.place : null;
      const date = typeof ev.date === 'object' && ev.date ? ev.date.date : ev.date;
      return {
        key: `${doc}:${k}`, doc, docId: rec.id ?? '', index: k,
        type: ev.event_type ?? ev.type ?? 'event', subType: ev.sub_event_type ?? '',
        actor1: actorName(ev.actor1, rec.actors), actor2: actorName(ev.actor2, rec.actors),
        country: p?.country ?? '', admin1: p?.admin1_name ?? '', location: p?.name ?? '',
        lat: p?.lat ?? null, lon: p?.lon ?? null, mention: Number.isInteger(p?.mention) ? p.mention : -1,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date : null,
        fatalities: Number(ev.fatalities) || 0, confidence: ev.confidence ?? null,
        evidence: ev.evidence ?? '', mentions: Array.isArray(ev.mentions) ? ev.mentions.length : 1,
      };
    });
  }

  // ACLED's exports write dates as 2024-03-01 or as "01 March 2024".
  function isoDate(s) {
    if (!s) return null;
    if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
    const t = Date.parse(`${s} UTC`);
    return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
  }

  // An ACLED CSV row (ours or ACLED's own) as an event row.
  function acledEventRow(o, doc, k) {
    const iso2 = o.iso2 || '';
    const id = o.event_id_cnty || '';
    return {
      key: `${doc}:${k}`, doc, docId: o.doc_id || id.replace(/^[A-Z]{3}-/, '').replace(/-\d+$/, ''), index: k,
      type: o.event_type || 'event', subType: o.sub_event_type || '',
      actor1: o.actor1 || '', actor2: o.actor2 || '',
      country: iso2 || o.country || '', admin1: o.admin1 || '', location: o.location || '',
      lat: o.latitude === '' || o.latitude == null ? null : Number(o.latitude),
      lon: o.longitude === '' || o.longitude == null ? null : Number(o.longitude), mention: -1,
      date: isoDate(o.event_date),
      fatalities: Number(o.fatalities) || 0, confidence: o.confidence ? Number(o.confidence) : null,
      evidence: o.notes || '', mentions: 1,
    };
  }

  // ------------------------------------------------------------ export
  const CSV_COLUMNS = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'iso2',
    'country', 'admin1', 'location', 'latitude', 'longitude', 'fatalities', 'confidence', 'doc_id', 'notes'];

  function csvField(v) {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }

  function csvRow(e) {
    return [`${e.docId}-${e.index + 1}`, e.date ?? '', e.type, e.subType, e.actor1, e.actor2, e.country.length === 2 ? e.country : '',
      countryName(e.country), e.admin1, e.location, e.lat ?? '', e.lon ?? '', e.fatalities, e.confidence ?? '', e.docId, e.evidence];
  }

  function toCsv(events) {
    return [CSV_COLUMNS, ...events.map(csvRow)].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  function toGeoJson(events) {
    return JSON.stringify({
      type: 'FeatureCollection',
      features: events.map((e) => ({
        type: 'Feature',
        geometry: e.lat == null ? null : { type: 'Point', coordinates: [e.lon, e.lat] },
        properties: {
          event_id: `${e.docId}-${e.index + 1}`, doc_id: e.docId, event_date: e.date, event_type: e.type,
          sub_event_type: e.subType, actor1: e.actor1 || null, actor2: e.actor2 || null, country: e.country || null,
          admin1: e.admin1 || null, location: e.location || null, fatalities: e.fatalities, confidence: e.confidence,
          notes: e.evidence,
        },
      })),
    });
  }

  return { LIMITS, classify, runBatch, eventRows, acledEventRow, countryName, toCsv, toGeoJson, parseCsv };
})();
