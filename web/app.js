// The marsad map page. Input: pasted text, article files, JSON lines of documents (run
// through POST /v1/extract and /v1/extract/batch), results files of `marsad extract` or an
// ACLED CSV. Every document's events go to the explorer (explorer.js: symbols, clusters,
// time line, filters, table, export); one document at a time is shown as an article with
// what was found highlighted, a marker per place (mentions of one place share it) and
// spans and markers linked both ways. Offsets in the record are code points into the text.
'use strict';

const state = {
  map: null,
  markers: [],      // one per distinct place location of the shown article
  placeMarker: [],  // place index → its marker (or null)
  result: null,     // the record of the shown article
  text: '',         // its text
  docs: [],         // the dataset: {id, text (or null), record (or null)}
  current: -1,      // index of the shown article in docs
};
window.marsad = state;  // for the end-to-end test and the curious

const $ = (id) => document.getElementById(id);
const isArabic = (lang) => lang === 'ar';

function setStatus(msg, isError = false) {
  const s = $('status');
  s.textContent = msg;
  s.classList.toggle('error', isError);
}

// ---------------------------------------------------------------- map
function initMap() {
  const map = L.map('map', { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 13, preferCanvas: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  map.setView([34.8, 39.5], 5);
  state.map = map;
  state.layer = L.layerGroup().addTo(map);
  if (window.ResizeObserver) new ResizeObserver(() => map.invalidateSize()).observe($('map'));
  const labels = MarsadBasemap.init(map);
  MarsadExplorer.init(map);
  MarsadExplorer.state.onOpenDocument = (doc) => showDocument(doc);
  MarsadExplorer.state.canOpenDocument = (doc) => state.docs[doc]?.record?.places != null;
  L.control.layers(null, { 'Events': MarsadExplorer.state.cluster, 'Places of the article': state.layer, 'Place names': labels },
    { collapsed: true, position: 'topright' }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  fetch('/vendor/world-atlas/countries-50m.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((topo) => {
      const countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, {
        interactive: false,
        style: { color: '#8a8f98', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
      }).addTo(map).bringToBack();
      document.body.dataset.basemap = 'ready';
    })
    .catch((e) => {
      document.body.dataset.basemap = 'failed';
      setStatus(`base map unavailable: ${e.message}`, true);
    });
}

// ---------------------------------------------------------------- helpers
function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// The sentence around [start, end) (code points), for popups.
function sentenceAround(cps, start, end) {
  const stop = /[.!?؟\n]/;
  let a = start;
  while (a > 0 && !stop.test(cps[a - 1])) a--;
  let b = end;
  while (b < cps.length && !stop.test(cps[b])) b++;
  if (b < cps.length) b++;
  let s = cps.slice(a, b).join('').trim();
  if (s.length > 400) s = s.slice(0, 400) + '…';
  return s;
}

// What kind of mention a place is when it is not a plain name (docs/output-schema.md): a
// place inside an organisation's name ("the Aleppo Media Center"), a generic noun standing
// for the place the text is about ("المملكة", the Kingdom: Saudi Arabia in a Saudi text), a
// nationality word standing for its country (with "demonyms as countries").
function placeFlags(p) {
  return [p.in_name && 'in a name', p.generic && 'generic noun', p.demonym && 'demonym'].filter(Boolean);
}

function placeTitle(p) {
  const ar = p.name_ar && p.name_ar !== p.name ? ` · <span lang="ar" dir="rtl">${esc(p.name_ar)}</span>` : '';
  return `<b>${esc(p.name)}</b>${ar}`;
}

// Items of an optional array given as an index into another array or as an object.
function resolveRef(ref, arr) {
  if (ref == null) return null;
  if (typeof ref === 'number') return arr?.[ref] ?? null;
  if (typeof ref === 'object' && typeof ref.index === 'number' && arr?.[ref.index]) return arr[ref.index];
  return ref;
}
function labelOf(x) {
  if (x == null) return '';
  if (typeof x !== 'object') return String(x);
  return x.name ?? x.canonical ?? x.label ?? x.value ?? x.date ?? x.surface ?? x.text ?? '';
}

// ---------------------------------------------------------------- rendering
function highlights(data) {
  // Places first (every place is highlighted), then actors, dates and counts where they
  // do not overlap what is already taken. A count covers its phrase ("أكثر من 4000 قتيل").
  const taken = [];
  const free = (a, b) => taken.every((t) => b <= t.start || a >= t.end);
  const out = [];
  const add = (kind, i, start, end, obj) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start || !free(start, end)) return false;
    const it = { kind, i, start, end, obj };
    taken.push(it);
    out.push(it);
    return true;
  };
  (data.places || []).forEach((p, i) => add('place', i, p.start, p.end, p));
  (data.actors || []).forEach((x, i) => add('actor', i, x.start, x.end, x));
  (data.dates || []).forEach((x, i) => add('date', i, x.start, x.end, x));
  (data.quantities || []).forEach((x, i) => {
    if (!add('quantity', i, x.phrase_start ?? x.start, x.phrase_end ?? x.end, x)) add('quantity', i, x.start, x.end, x);
  });
  return out.sort((a, b) => a.start - b.start);
}

function renderArticle(data) {
  const art = $('article');
  const cps = Array.from(state.text);
  art.replaceChildren();
  art.dir = isArabic(data.lang) ? 'rtl' : 'ltr';
  art.lang = data.lang || '';
  let pos = 0;
  for (const h of highlights(data)) {
    if (h.start > pos) art.append(cps.slice(pos, h.start).join(''));
    const m = document.createElement('mark');
    m.className = `hl ${h.kind}`;
    m.textContent = cps.slice(h.start, h.end).join('');
    m.dataset.kind = h.kind;
    m.dataset.index = h.i;
    if (h.kind === 'place') {
      const p = h.obj;
      if (p.relation) m.classList.add('relative');
      if (p.lat == null) m.classList.add('nocoords');
      if (p.in_name) m.classList.add('in-name');
      if (p.generic) m.classList.add('generic');
      if (p.demonym) m.classList.add('demonym');
      m.tabIndex = 0;
      const flags = placeFlags(p).map((f) => ` · ${f}`).join('');
      m.title = `${p.name || p.surface}${p.geonameid ? ` (GeoNames ${p.geonameid})` : ''} · ${Math.round((p.confidence ?? 0) * 100)}%${flags}`;
      m.addEventListener('click', () => focusPlace(h.i, true));
      m.addEventListener('keydown', (e) => { if (e.key === 'Enter') focusPlace(h.i, true); });
    } else {
      const o = h.obj;
      const detail = h.kind === 'quantity' ? `${o.value ?? ''} ${o.category ?? ''} (${o.qualifier ?? ''})`
        : h.kind === 'date' ? `${o.kind ?? ''} ${o.date ?? 'unresolved'}`
        : `${o.name ?? ''}${o.type ? ' · ' + o.type : ''}`;
      m.title = `${h.kind}: ${detail}`;
    }
    art.append(m);
    pos = h.end;
  }
  if (pos < cps.length) art.append(cps.slice(pos).join(''));
}

// One marker per distinct location: every mention of a place shares it (its radius grows
// with the count, its popup lists the mentions). Places named inside an organisation's
// name (`in_name`: "the Aleppo Media Center") are highlighted but not put on the map.
function renderMarkers(data) {
  state.layer.clearLayers();
  state.markers = [];
  state.placeMarker = [];
  const cps = Array.from(state.text);
  const places = data.places || [];
  const groups = new Map();
  places.forEach((p, i) => {
    state.placeMarker.push(null);
    if (p.lat == null || p.lon == null || p.in_name) return;
    const key = `${p.geonameid ?? p.marsad_id ?? ''}|${p.lat.toFixed(4)},${p.lon.toFixed(4)}|${p.relation ? 'r' : ''}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(i);
  });
  const bounds = [];
  for (const members of groups.values()) {
    const p = places[members[0]];
    const relative = !!p.relation;
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: (relative ? 7 : 8) + Math.min(8, 2 * Math.sqrt(members.length - 1)),
      color: relative ? '#7a3e9d' : '#b3261e',
      weight: 2,
      fillColor: relative ? '#c9a3e0' : '#f28b82',
      fillOpacity: 0.85,
      dashArray: relative ? '3 3' : null,
      className: 'marsad-marker',
    });
    if (members.length > 1) marker.bindTooltip(`${members.length}×`, { permanent: true, direction: 'right', className: 'mention-count' });
    marker.bindPopup(placePopup(data, places, members, cps), { maxWidth: 340 });
    marker.mentions = members;
    marker.on('click', () => focusPlace(members[0], false));
    marker.addTo(state.layer);
    // A relative place is drawn from its anchor.
    const anchor = p.relation?.anchor ? places[p.relation.anchor.index] : null;
    if (anchor && anchor.lat != null) {
      L.polyline([[anchor.lat, anchor.lon], [p.lat, p.lon]], { color: '#7a3e9d', weight: 1.5, dashArray: '4 4', interactive: false })
        .addTo(state.layer);
    }
    for (const i of members) state.placeMarker[i] = marker;
    state.markers.push(marker);
    bounds.push([p.lat, p.lon]);
  }
  state.map.invalidateSize();  // the result pane just appeared and may have resized the map
  if (bounds.length === 1) state.map.setView(bounds[0], 8);
  else if (bounds.length > 1) state.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  document.body.dataset.markers = String(state.markers.length);
}

// “المملكة” (generic noun): a mention's words and what kind of mention it is.
function mentionLabel(p) {
  const flags = placeFlags(p);
  return `“${p.surface}”${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

function placePopup(data, places, members, cps) {
  const p = places[members[0]];
  const rel = p.relation
    ? `<div>${esc(p.relation.kind)}${p.relation.bearing != null ? ` ${p.relation.bearing}°` : ''}${p.relation.distance_km != null ? ` ${p.relation.distance_km} km` : ''}
       of ${esc(p.relation.anchor?.name ?? '?')} — “${esc(p.relation.phrase)}” (estimated position)</div>` : '';
  const feature = p.feature_class ? `${esc(p.feature_class)}.${esc(p.feature_code)}` : '—';
  const id = p.geonameid != null ? `GeoNames <a href="https://www.geonames.org/${p.geonameid}" target="_blank" rel="noopener">${p.geonameid}</a>`
    : p.marsad_id != null ? `marsad supplement ${p.marsad_id}` : 'no gazetteer entry';
  const sentences = [...new Set(members.map((i) => sentenceAround(cps, places[i].start, places[i].end)))].filter(Boolean);
  const quotes = sentences.slice(0, 3).map((t) => `<blockquote dir="auto" lang="${esc(data.lang)}">${esc(t)}</blockquote>`).join('');
  const more = sentences.length > 3 ? `<div>… and ${sentences.length - 3} more sentences</div>` : '';
  const conf = Math.round(Math.max(...members.map((i) => places[i].confidence ?? 0)) * 100);
  return `<div class="popup">${placeTitle(p)}
      <div>${id} · ${feature}${p.country ? ` · ${esc(p.country)}${p.admin1 ? '-' + esc(p.admin1) : ''}` : ''}</div>
      <div>confidence ${conf}% · ${members.length > 1 ? `${members.length} mentions: ` : ''}${[...new Set(members.map((i) => mentionLabel(places[i])))].map(esc).join(', ')}</div>${rel}
      ${quotes}${more}</div>`;
}

function renderFocus(data) {
  const f = data.focus || {};
  const chips = [];
  for (const [key, label] of [['countries', 'country'], ['admin1s', 'province'], ['cities', 'city']]) {
    for (const x of f[key] || []) {
      chips.push(`<span class="chip ${label}" title="${label}, score ${x.score}">${esc(x.name)}${x.name_ar ? ` · <span lang="ar">${esc(x.name_ar)}</span>` : ''}</span>`);
    }
  }
  $('focus').innerHTML = chips.length ? `<span class="focus-label">About:</span> ${chips.join(' ')}` : '';
}

function renderTable(data) {
  const tbody = $('places').querySelector('tbody');
  tbody.replaceChildren();
  (data.places || []).forEach((p, i) => {
    const tr = document.createElement('tr');
    tr.dataset.index = i;
    const flags = placeFlags(p).map((f) => ` <small class="flag">${esc(f)}</small>`).join('');
    tr.innerHTML = `<td>${i + 1}</td><td dir="auto">${esc(p.surface)}</td><td>${placeTitle(p)}${flags}</td>
      <td>${p.geonameid ?? (p.marsad_id != null ? 'suppl.' : '—')}</td><td>${p.feature_class ? esc(p.feature_class + '.' + p.feature_code) : '—'}</td>
      <td>${esc(p.country ?? '')}</td><td>${Math.round((p.confidence ?? 0) * 100)}%</td>`;
    tr.addEventListener('click', () => focusPlace(i, true));
    tbody.append(tr);
  });
  $('place-count').textContent = `(${(data.places || []).length} mentions, ${state.markers.length} places on the map)`;
}

// Events (ACLED-like): type, trigger, actor1/actor2, place (with the index of its mention),
// date, fatalities and the evidence sentence. A click focuses the event's place.
function actorLabel(a, data) {
  const x = resolveRef(a, data.actors);
  if (!x) return '';
  if (typeof x !== 'object') return String(x);
  const ar = isArabic(data.lang) && x.name_ar ? ` · ${x.name_ar}` : '';
  return `${x.name ?? x.id ?? ''}${ar}`;
}

function renderEvents(data) {
  const events = data.events || [];
  $('events').hidden = events.length === 0;
  const list = $('event-list');
  list.replaceChildren();
  for (const ev of events) {
    const li = document.createElement('li');
    const type = [ev.event_type ?? ev.type, ev.sub_event_type].filter(Boolean).join(' — ') || 'event';
    const trigger = ev.trigger ? labelOf(ev.trigger) : '';
    const actors = [ev.actor1, ev.actor2, ...(ev.actors || [])].map((a) => actorLabel(a, data)).filter(Boolean);
    const place = ev.place && typeof ev.place === 'object' ? ev.place : resolveRef(ev.place, data.places);
    const date = ev.date && typeof ev.date === 'object' ? (ev.date.date ?? ev.date.surface) : ev.date;
    const deaths = Number(ev.fatalities) > 0 ? ev.fatalities : null;
    li.innerHTML = `<b>${esc(type)}</b>${trigger ? ` — “<span dir="auto">${esc(trigger)}</span>”` : ''}
      ${ev.confidence != null ? `<span class="conf">${Math.round(ev.confidence * 100)}%</span>` : ''}
      ${actors.length ? `<div>actors: ${actors.map(esc).join(' ⟷ ')}</div>` : ''}
      ${place ? `<div>place: ${placeTitle(place)}</div>` : ''}
      ${date ? `<div>date: ${esc(date)}</div>` : ''}
      ${deaths != null ? `<div>fatalities: ${esc(deaths)}</div>` : ''}
      ${ev.evidence ? `<blockquote dir="auto">${esc(ev.evidence.length > 240 ? ev.evidence.slice(0, 240) + '…' : ev.evidence)}</blockquote>` : ''}`;
    const pi = Number.isInteger(place?.mention) ? place.mention : typeof ev.place === 'number' ? ev.place : -1;
    if (pi >= 0) {
      li.dataset.place = pi;
      li.addEventListener('click', () => focusPlace(pi, true));
    }
    list.append(li);
  }
}

function renderErrors(data, extra = []) {
  const ul = $('errors');
  ul.replaceChildren();
  for (const e of [...(data?.errors || []), ...extra]) {
    const li = document.createElement('li');
    li.textContent = typeof e === 'string' ? e : JSON.stringify(e);
    ul.append(li);
  }
}

// Span ↔ marker: a click on either side selects the pair.
function focusPlace(i, fromText) {
  document.querySelectorAll('mark.hl.active, #places tr.active').forEach((el) => el.classList.remove('active'));
  const span = document.querySelector(`mark.hl.place[data-index="${i}"]`);
  const row = document.querySelector(`#places tr[data-index="${i}"]`);
  span?.classList.add('active');
  row?.classList.add('active');
  if (!fromText) span?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  const marker = state.placeMarker[i];
  state.selected = i;
  document.body.dataset.selected = String(i);
  if (marker) {
    if (fromText) {
      if (state.map.getZoom() >= 6) state.map.panTo(marker.getLatLng());
      else state.map.setView(marker.getLatLng(), 7);
    }
    marker.openPopup();
  }
}

// ---------------------------------------------------------------- the dataset
function extractParams() {
  const params = new URLSearchParams({ lang: $('lang').value, utf8: 'lenient' });
  if ($('demonyms').checked) params.set('demonyms', 'true');
  return params;
}

function showTab(id) {
  for (const t of ['explorer', 'result-pane', 'documents-pane']) $(t).hidden = t !== id;
  // The base map speaks the article's language while an article is shown.
  MarsadBasemap.setArabic(id === 'result-pane' && isArabic(state.result?.lang));
  document.querySelectorAll('#tabs .tab').forEach((b) => b.classList.toggle('active', b.dataset.tab === id));
}

function showProgress(done, total) {
  $('progress-line').hidden = total <= 1;
  $('progress').max = total;
  $('progress').value = done;
  if (done === 0) state.runStart = performance.now();
  const secs = (performance.now() - state.runStart) / 1000;
  const eta = done > 0 && done < total ? ` · about ${Math.ceil((secs / done) * (total - done))} s left` : '';
  $('progress-text').textContent = `${done} / ${total} documents${eta}`;
  document.body.dataset.progress = `${done}/${total}`;
}

// Replaces the dataset: docs [{id, text, record}], extra events (ACLED rows) and errors.
function setDataset(docs, acled = [], errors = []) {
  state.docs = docs;
  const rows = [];
  docs.forEach((d, i) => { if (d.record && !d.record.error) rows.push(...MarsadData.eventRows(d.record, i)); });
  acled.forEach((o, k) => rows.push(MarsadData.acledEventRow(o, docs.length, k)));
  const failed = docs.filter((d) => d.record?.error);
  const inRecords = docs.flatMap((d) => (d.record?.errors || []).map((e) => `${d.id}: ${typeof e === 'string' ? e : JSON.stringify(e)}`));
  const STOPPED = 'not extracted: stopped by the user';
  const notRun = failed.filter((d) => d.record.error === STOPPED).length;
  renderErrors(null, [...errors, ...failed.filter((d) => d.record.error !== STOPPED).map((d) => `${d.id}: ${d.record.error}`),
    ...inRecords, ...(notRun ? [`${notRun} documents not extracted: stopped by the user`] : [])]);
  MarsadExplorer.setEvents(rows, docs.length !== 1);
  renderDocuments();
  $('tabs').hidden = false;
  $('tab-events-n').textContent = `(${rows.length})`;
  $('tab-docs-n').textContent = `(${docs.length})`;
  document.querySelector('#tabs [data-tab="result-pane"]').disabled = !docs.some((d) => d.record?.places);
  document.querySelector('#tabs [data-tab="documents-pane"]').disabled = docs.length === 0;
  const single = docs.length === 1 && docs[0].text != null && docs[0].record?.places;
  if (single) showDocument(0);
  else {
    state.layer.clearLayers();
    showTab(rows.length ? 'explorer' : 'documents-pane');
  }
  document.body.dataset.documents = String(docs.length);
  document.body.dataset.events = String(rows.length);
  return { rows, failed: failed.length };
}

function renderDocuments() {
  const tbody = $('doc-table').querySelector('tbody');
  tbody.replaceChildren();
  state.docs.forEach((d, i) => {
    const tr = document.createElement('tr');
    const r = d.record;
    tr.innerHTML = `<td>${i + 1}</td><td dir="auto">${esc(d.id)}</td><td>${r?.places?.length ?? ''}</td><td>${r?.events?.length ?? ''}</td>
      <td>${r?.error ? `<span class="err">${esc(r.error)}</span>` : 'ok'}</td>`;
    if (r?.places) {
      tr.classList.add('openable');
      tr.addEventListener('click', () => showDocument(i));
    }
    tbody.append(tr);
  });
}

// Shows one document of the dataset as an article with its places on the map.
function showDocument(i) {
  const d = state.docs[i];
  if (!d || !d.record?.places) return;
  state.current = i;
  state.text = d.text ?? '';  // a results file has the records, not the texts
  state.result = d.record;
  const data = d.record;
  renderArticle(data);
  if (d.text == null) $('article').textContent = `The text of ${d.id} is not in the results file: its places, events and focus are below and on the map.`;
  renderMarkers(data);
  renderFocus(data);
  renderTable(data);
  renderEvents(data);
  $('tab-doc').textContent = state.docs.length > 1 ? `(${d.id})` : '';
  showTab('result-pane');
}

// ---------------------------------------------------------------- requests
// Documents to extract: one through /v1/extract (the answer as the page shows it), many
// through /v1/extract/batch with a progress line. Refuses more than the page's limit.
async function runDocuments(docs, errors = []) {
  const limit = MarsadData.LIMITS.runDocuments;
  if (docs.length > limit) {
    throw new Error(`${docs.length} documents: the page extracts at most ${limit} at a time. ` +
      'Run `marsad extract FILE > results.jsonl` and open results.jsonl here instead.');
  }
  const t0 = performance.now();
  let records;
  if (docs.length === 1) {
    const d = docs[0];
    const plain = d.id === 'pasted text' || /\.(txt|text|md)$/i.test(d.id);
    const r = await MarsadAuth.fetch(`/v1/extract?${extractParams()}`, {
      method: 'POST',
      headers: { 'Content-Type': plain ? 'text/plain; charset=utf-8' : 'application/json' },
      body: plain ? d.text : JSON.stringify(d),
    });
    const data = await r.json().catch(() => ({ message: `HTTP ${r.status}` }));
    if (!r.ok) throw new Error(data.message || `HTTP ${r.status}`);
    records = [data];
  } else {
    showProgress(0, docs.length);
    state.stop = false;
    records = await MarsadData.runBatch(docs, extractParams(), showProgress, () => state.stop);
  }
  const { rows, failed } = setDataset(docs.map((d, i) => ({ id: d.id, text: d.text, record: records[i] })), [], errors);
  const ms = Math.round(performance.now() - t0);
  if (docs.length === 1) {
    const data = records[0];
    const n = (data.places || []).length;
    setStatus(`${n} place mention${n === 1 ? '' : 's'}, ${state.markers.length} on the map, ${rows.length} event${rows.length === 1 ? '' : 's'} · ${ms} ms`);
  } else {
    const stopped = records.filter((r) => r.error === 'not extracted: stopped by the user').length;
    const bad = failed - stopped;
    setStatus(`${stopped ? `Stopped: ${docs.length - stopped} of ${docs.length}` : docs.length} documents extracted` +
      `${bad ? `, ${bad} with errors (listed below)` : ''}: ${rows.length} events · ${(ms / 1000).toFixed(1)} s`, bad > 0);
  }
}

// Everything the user gave at once: the text box, or the files opened.
async function load(inputs) {
  const docs = [], records = [], acled = [], errors = [];
  for (const { name, text } of inputs) {
    const c = MarsadData.classify(name, text);
    errors.push(...c.errors);
    if (c.kind === 'documents') docs.push(...c.items);
    else if (c.kind === 'records') records.push(...c.items);
    else acled.push(...c.items);
  }
  $('extract').disabled = true;
  document.body.dataset.state = 'loading';
  try {
    if (docs.length && (records.length || acled.length)) {
      throw new Error('open documents to extract and results (JSON records or ACLED CSV) separately');
    }
    if (docs.length) {
      setStatus(`Extracting ${docs.length} document${docs.length === 1 ? '' : 's'}…`);
      await runDocuments(docs, errors);
    } else if (records.length || acled.length) {
      const { rows, failed } = setDataset(records.map((r) => ({ id: r.id ?? '', text: null, record: r })), acled, errors);
      setStatus(`Opened ${records.length ? `${records.length} result records` : ''}${records.length && acled.length ? ' and ' : ''}` +
        `${acled.length ? `${acled.length} ACLED rows` : ''}: ${rows.length} events${failed ? `, ${failed} documents with errors` : ''}`);
    } else {
      throw new Error(errors[0] ?? 'nothing to read in the input');
    }
    document.body.dataset.state = 'done';
  } catch (e) {
    setStatus(`Error: ${e.message}`, true);
    document.body.dataset.state = 'error';
  } finally {
    $('extract').disabled = false;
    $('progress-line').hidden = true;
  }
}

async function extract() {
  const raw = $('text').value;
  if (!raw.trim()) {
    setStatus('Paste some text or open a file first.', true);
    return;
  }
  await load([{ name: 'pasted text', text: raw }]);
}

async function loadFiles(files) {
  if (!files.length) return;
  const max = MarsadData.LIMITS.fileBytes;
  const big = files.filter((f) => f.size > max);
  if (big.length) {
    setStatus(`${big.map((f) => f.name).join(', ')}: larger than ${max / 1048576} MiB, the page's limit per file. ` +
      'Run `marsad extract` on it and open the results, or split it.', true);
    return;
  }
  const inputs = [];
  for (const f of files) inputs.push({ name: f.name, text: await f.text() });
  setStatus(`Opened ${files.length === 1 ? files[0].name : `${files.length} files`}`);
  await load(inputs);
}

document.addEventListener('DOMContentLoaded', () => {
  initMap();
  $('extract').addEventListener('click', extract);
  $('stop').addEventListener('click', () => { state.stop = true; });
  $('file').addEventListener('change', (e) => loadFiles([...e.target.files]));
  document.querySelectorAll('#tabs .tab').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) extract();
  });
});
