// The marsad map page: sends the article to POST /v1/extract, highlights what was found
// (places; actors, counts and dates when the record has them), puts a marker per place
// with coordinates on an offline base map (world-atlas country outlines), and links
// spans and markers both ways. Offsets in the record are code points into the text.
'use strict';

const state = {
  map: null,
  markers: [],      // one per place with coordinates, index-aligned with `placeMarker`
  placeMarker: [],  // place index → marker (or null)
  result: null,
  text: '',
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
  const map = L.map('map', { worldCopyJump: true, zoomSnap: 0.5, preferCanvas: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  map.setView([34.8, 39.5], 5);
  state.map = map;
  state.layer = L.layerGroup().addTo(map);
  if (window.ResizeObserver) new ResizeObserver(() => map.invalidateSize()).observe($('map'));
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
      m.tabIndex = 0;
      m.title = `${p.name || p.surface}${p.geonameid ? ` (GeoNames ${p.geonameid})` : ''} · ${Math.round((p.confidence ?? 0) * 100)}%`;
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

function renderMarkers(data) {
  state.layer.clearLayers();
  state.markers = [];
  state.placeMarker = [];
  const cps = Array.from(state.text);
  const places = data.places || [];
  const bounds = [];
  places.forEach((p, i) => {
    if (p.lat == null || p.lon == null) {
      state.placeMarker.push(null);
      return;
    }
    const relative = !!p.relation;
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: relative ? 7 : 8,
      color: relative ? '#7a3e9d' : '#b3261e',
      weight: 2,
      fillColor: relative ? '#c9a3e0' : '#f28b82',
      fillOpacity: 0.85,
      dashArray: relative ? '3 3' : null,
      className: 'marsad-marker',
    });
    const rel = p.relation
      ? `<div>${esc(p.relation.kind)}${p.relation.bearing != null ? ` ${p.relation.bearing}°` : ''}${p.relation.distance_km != null ? ` ${p.relation.distance_km} km` : ''}
         of ${esc(p.relation.anchor?.name ?? '?')} — “${esc(p.relation.phrase)}” (estimated position)</div>` : '';
    const feature = p.feature_class ? `${esc(p.feature_class)}.${esc(p.feature_code)}` : '—';
    const id = p.geonameid != null ? `GeoNames <a href="https://www.geonames.org/${p.geonameid}" target="_blank" rel="noopener">${p.geonameid}</a>`
      : p.marsad_id != null ? `marsad supplement ${p.marsad_id}` : 'no gazetteer entry';
    const sentence = sentenceAround(cps, p.start, p.end);
    marker.bindPopup(
      `<div class="popup">${placeTitle(p)}
        <div>${id} · ${feature}${p.country ? ` · ${esc(p.country)}${p.admin1 ? '-' + esc(p.admin1) : ''}` : ''}</div>
        <div>confidence ${Math.round((p.confidence ?? 0) * 100)}% · “${esc(p.surface)}”</div>${rel}
        <blockquote dir="auto" lang="${esc(data.lang)}">${esc(sentence)}</blockquote></div>`,
      { maxWidth: 340 });
    marker.on('click', () => focusPlace(i, false));
    marker.addTo(state.layer);
    // A relative place is drawn from its anchor.
    const anchor = p.relation?.anchor ? places[p.relation.anchor.index] : null;
    if (anchor && anchor.lat != null) {
      L.polyline([[anchor.lat, anchor.lon], [p.lat, p.lon]], { color: '#7a3e9d', weight: 1.5, dashArray: '4 4', interactive: false })
        .addTo(state.layer);
    }
    state.markers.push(marker);
    state.placeMarker.push(marker);
    bounds.push([p.lat, p.lon]);
  });
  state.map.invalidateSize();  // the result pane just appeared and may have resized the map
  if (bounds.length === 1) state.map.setView(bounds[0], 8);
  else if (bounds.length > 1) state.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  document.body.dataset.markers = String(state.markers.length);
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
    tr.innerHTML = `<td>${i + 1}</td><td dir="auto">${esc(p.surface)}</td><td>${placeTitle(p)}</td>
      <td>${p.geonameid ?? (p.marsad_id != null ? 'suppl.' : '—')}</td><td>${p.feature_class ? esc(p.feature_class + '.' + p.feature_code) : '—'}</td>
      <td>${esc(p.country ?? '')}</td><td>${Math.round((p.confidence ?? 0) * 100)}%</td>`;
    tr.addEventListener('click', () => focusPlace(i, true));
    tbody.append(tr);
  });
  $('place-count').textContent = `(${(data.places || []).length}, ${state.markers.length} on the map)`;
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

// ---------------------------------------------------------------- requests
async function extract() {
  const raw = $('text').value;
  if (!raw.trim()) {
    setStatus('Paste some text or upload a file first.', true);
    return;
  }
  let body = raw;
  let type = 'text/plain; charset=utf-8';
  state.text = raw;
  const first = raw.trimStart();
  if (first.startsWith('{')) {  // a JSON document {id, text, lang?, published?}
    try {
      const doc = JSON.parse(first.split('\n')[0]);
      if (typeof doc.text === 'string') {
        state.text = doc.text;
        body = JSON.stringify(doc);
        type = 'application/json';
      }
    } catch { /* plain text that starts with a brace */ }
  }
  const params = new URLSearchParams({ lang: $('lang').value, utf8: 'lenient' });
  if ($('demonyms').checked) params.set('demonyms', 'true');
  setStatus('Extracting…');
  $('extract').disabled = true;
  document.body.dataset.state = 'loading';
  const t0 = performance.now();
  try {
    const r = await fetch(`/v1/extract?${params}`, { method: 'POST', headers: { 'Content-Type': type }, body });
    const data = await r.json().catch(() => ({ message: `HTTP ${r.status}` }));
    if (!r.ok) throw new Error(data.message || `HTTP ${r.status}`);
    state.result = data;
    $('result-pane').hidden = false;
    renderArticle(data);
    renderMarkers(data);
    renderFocus(data);
    renderTable(data);
    renderEvents(data);
    renderErrors(data);
    const n = (data.places || []).length;
    setStatus(`${n} place mention${n === 1 ? '' : 's'}, ${state.markers.length} on the map · ${Math.round(performance.now() - t0)} ms`);
    document.body.dataset.state = 'done';
  } catch (e) {
    setStatus(`Error: ${e.message}`, true);
    document.body.dataset.state = 'error';
  } finally {
    $('extract').disabled = false;
  }
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > 2 * 1024 * 1024) {
    setStatus(`${file.name} is larger than 2 MiB`, true);
    return;
  }
  $('text').value = await file.text();
  setStatus(`Loaded ${file.name}`);
  extract();
}

document.addEventListener('DOMContentLoaded', () => {
  initMap();
  $('extract').addEventListener('click', extract);
  $('file').addEventListener('change', (e) => loadFile(e.target.files[0]));
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) extract();
  });
});
