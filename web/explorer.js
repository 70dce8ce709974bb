// The dataset explorer of the map page: events as symbols (shape and colour by ACLED event
// type, size by toll) in marker clusters, a time line (events per day) with a range
// slider, filters by type, actor, country and date, a table linked to the map both ways,
// and the current selection exported as GeoJSON or CSV (docs/map.md).
'use strict';

const MarsadExplorer = (() => {
  // ACLED's six event types: one shape and colour each, told apart without colour too.
  const TYPES = {
    'Battles': { color: '#c62828', shape: 'diamond' },
    'Explosions/Remote violence': { color: '#ef6c00', shape: 'star' },
    'Violence against civilians': { color: '#6a1b9a', shape: 'circle' },
    'Protests': { color: '#1565c0', shape: 'triangle' },
    'Riots': { color: '#795548', shape: 'square' },
    'Strategic developments': { color: '#455a64', shape: 'hexagon' },
  };
  const OTHER = { color: '#616161', shape: 'circle' };
  const styleOf = (type) => TYPES[type] ?? OTHER;
  const TABLE_ROWS = 500;   // rows drawn; the export always has the whole selection
  const DAY = 86400000;

  const ex = {
    events: [],        // every event row of the dataset
    selection: [],     // the rows that pass the filters, in table order
    markers: new Map(),  // row key → marker
    cluster: null,
    range: null,       // [first day, last day] as day numbers, or null: no dates
    onOpenDocument: null,
  };
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const dayOf = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  // ------------------------------------------------------------ symbols
  function shapePath(shape, s) {
    const h = s / 2, r = s / 2 - 1.5;
    const poly = (n, rot, rr = r) => Array.from({ length: n }, (_, i) => {
      const a = rot + (2 * Math.PI * i) / n;
      return `${(h + rr * Math.cos(a)).toFixed(1)},${(h + rr * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    switch (shape) {
      case 'diamond': return `<polygon points="${poly(4, -Math.PI / 2)}"/>`;
      case 'triangle': return `<polygon points="${poly(3, -Math.PI / 2)}"/>`;
      case 'square': return `<polygon points="${poly(4, -Math.PI / 4)}"/>`;
      case 'hexagon': return `<polygon points="${poly(6, 0)}"/>`;
      case 'star': return `<polygon points="${Array.from({ length: 16 }, (_, i) => {
        const a = -Math.PI / 2 + (Math.PI * i) / 8, rr = i % 2 ? r * 0.5 : r;
        return `${(h + rr * Math.cos(a)).toFixed(1)},${(h + rr * Math.sin(a)).toFixed(1)}`;
      }).join(' ')}"/>`;
      default: return `<circle cx="${h}" cy="${h}" r="${r}"/>`;
    }
  }

  function symbolSvg(type, size) {
    const st = styleOf(type);
    return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">
      <g fill="${st.color}" fill-opacity="0.85" stroke="#fff" stroke-width="${size < 20 ? 0.75 : 1.5}">${shapePath(st.shape, size)}</g></svg>`;
  }

  // Size by toll: the area grows with the fatalities, a zero-fatality event stays visible.
  const sizeOf = (fatalities) => Math.round(18 + Math.min(28, 5 * Math.sqrt(fatalities)));

  function eventMarker(e) {
    const size = sizeOf(e.fatalities);
    const icon = L.divIcon({ className: 'event-symbol', html: symbolSvg(e.type, size), iconSize: [size, size] });
    const m = L.marker([e.lat, e.lon], { icon, title: `${e.type}${e.fatalities ? `, ${e.fatalities} killed` : ''}`, riseOnHover: true });
    m.eventRow = e;
    m.bindPopup(() => popupHtml(e), { maxWidth: 360 });
    m.on('click', () => selectRow(e.key, false));
    m.on('popupopen', (pe) => {
      pe.popup.getElement()?.querySelector('button.open-doc')?.addEventListener('click', () => ex.onOpenDocument?.(e.doc, e));
    });
    return m;
  }

  function popupHtml(e) {
    const actors = [e.actor1, e.actor2].filter(Boolean).map(esc).join(' ⟷ ');
    const canOpen = ex.canOpenDocument?.(e.doc);
    return `<div class="popup"><b>${esc(e.type)}</b>${e.subType ? ` — ${esc(e.subType)}` : ''}
      <div>${e.date ? esc(e.date) : 'undated'} · ${esc(e.location || '?')}${e.country ? `, ${esc(MarsadData.countryName(e.country))}` : ''}</div>
      ${actors ? `<div>${actors}</div>` : ''}
      ${e.fatalities ? `<div>fatalities: ${e.fatalities}</div>` : ''}
      ${e.mentions > 1 ? `<div>reported in ${e.mentions} sentences</div>` : ''}
      ${e.evidence ? `<blockquote dir="auto">${esc(e.evidence.length > 300 ? e.evidence.slice(0, 300) + '…' : e.evidence)}</blockquote>` : ''}
      <div class="doc">document ${esc(e.docId)}${canOpen ? ' <button type="button" class="open-doc">show article</button>' : ''}</div></div>`;
  }

  // A cluster shows its event count, ringed in the colour of its most frequent type.
  function clusterIcon(cluster) {
    const rows = cluster.getAllChildMarkers().map((m) => m.eventRow);
    const byType = new Map();
    let deaths = 0;
    for (const r of rows) {
      byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
      deaths += r.fatalities;
    }
    const top = [...byType.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const n = rows.length;
    const size = Math.round(28 + Math.min(24, 6 * Math.log2(n)));
    return L.divIcon({
      className: 'event-cluster',
      html: `<div style="width:${size}px;height:${size}px;border-color:${styleOf(top).color}" title="${n} events, ${deaths} killed">${n}</div>`,
      iconSize: [size, size],
    });
  }

  // ------------------------------------------------------------ loading
  function init(map) {
    ex.map = map;
    ex.cluster = L.markerClusterGroup({
      maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon,
      animate: false,  // an animated re-cluster forces a layout of the whole page: seconds with a long table
    }).addTo(map);
    for (const id of ['f-from', 'f-to']) $(id).addEventListener('change', () => apply());
    // Choosing an actor or a country brings its events into view.
    for (const id of ['f-actor', 'f-country']) $(id).addEventListener('change', () => { apply(); fitSelection(); });
    $('t-from').addEventListener('input', () => sliderMoved('from'));
    $('t-to').addEventListener('input', () => sliderMoved('to'));
    $('f-reset').addEventListener('click', () => reset());
    document.querySelectorAll('#event-table th[data-sort]').forEach((th) => th.addEventListener('click', () => sortBy(th.dataset.sort)));
    $('export-geojson').addEventListener('click', () => download('geojson'));
    $('export-csv').addEventListener('click', () => download('csv'));
  }

  // Replaces the dataset's events; `fit` zooms the map to them.
  function setEvents(rows, fit = true) {
    ex.events = rows;
    ex.cluster.clearLayers();
    ex.markers.clear();
    const layers = [];
    for (const e of rows) {
      if (e.lat == null || e.lon == null || !Number.isFinite(e.lat) || !Number.isFinite(e.lon)) continue;
      const m = eventMarker(e);
      ex.markers.set(e.key, m);
      layers.push(m);
    }
    ex.shown = null;
    const days = rows.filter((e) => e.date).map((e) => dayOf(e.date));
    // A loop, not Math.min(...days): a spread of 100,000+ arguments overflows the stack.
    ex.range = days.length ? days.reduce((r, d) => [Math.min(r[0], d), Math.max(r[1], d)], [days[0], days[0]]) : null;
    $('explorer').hidden = rows.length === 0;
    $('timeline').hidden = !ex.range;
    buildFilters();
    reset(false);
    if (fit && layers.length) {
      const b = L.latLngBounds(layers.map((m) => m.getLatLng()));
      ex.map.fitBounds(b, { padding: [30, 30], maxZoom: 8 });
    }
  }

  function countBy(key) {
    const m = new Map();
    for (const e of ex.events) for (const v of [].concat(key(e))) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  }

  function buildFilters() {
    const types = $('f-types');
    types.replaceChildren();
    for (const [t, n] of countBy((e) => e.type)) {
      const label = document.createElement('label');
      label.className = 'type-filter';
      label.innerHTML = `<input type="checkbox" checked value="${esc(t)}">${symbolSvg(t, 16)} ${esc(t)} <span class="n">${n}</span>`;
      label.querySelector('input').addEventListener('change', () => apply());
      types.append(label);
    }
    const fill = (sel, entries, name) => {
      sel.replaceChildren(new Option(`all ${name}`, ''));
      for (const [v, n] of entries) sel.append(new Option(`${name === 'countries' ? MarsadData.countryName(v) : v} (${n})`, v));
    };
    fill($('f-actor'), countBy((e) => [e.actor1, e.actor2]), 'actors');
    fill($('f-country'), countBy((e) => e.country), 'countries');
  }

  function reset(doApply = true) {
    document.querySelectorAll('#f-types input').forEach((i) => { i.checked = true; });
    $('f-actor').value = '';
    $('f-country').value = '';
    if (ex.range) {
      const n = ex.range[1] - ex.range[0];
      for (const id of ['t-from', 't-to']) { $(id).min = 0; $(id).max = n; }
      $('t-from').value = 0;
      $('t-to').value = n;
      $('f-from').value = isoOf(ex.range[0]);
      $('f-to').value = isoOf(ex.range[1]);
      for (const id of ['f-from', 'f-to']) { $(id).min = isoOf(ex.range[0]); $(id).max = isoOf(ex.range[1]); }
    } else {
      $('f-from').value = '';
      $('f-to').value = '';
    }
    apply();
    if (!doApply) return;
  }

  // The slider and the date fields say the same: moving one sets the other.
  function sliderMoved(which) {
    let a = Number($('t-from').value), b = Number($('t-to').value);
    if (a > b) {
      if (which === 'from') b = a; else a = b;
      $('t-from').value = a;
      $('t-to').value = b;
    }
    $('f-from').value = isoOf(ex.range[0] + a);
    $('f-to').value = isoOf(ex.range[0] + b);
    apply();
  }

  function dateWindow() {
    if (!ex.range) return null;
    const from = $('f-from').value ? dayOf($('f-from').value) : ex.range[0];
    const to = $('f-to').value ? dayOf($('f-to').value) : ex.range[1];
    $('t-from').value = Math.max(0, from - ex.range[0]);
    $('t-to').value = Math.max(0, to - ex.range[0]);
    const full = from <= ex.range[0] && to >= ex.range[1];
    return { from, to, full };
  }

  // ------------------------------------------------------------ filtering
  // The table's order: by date unless a column header was clicked (again: reversed).
  const byDate = (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.doc - b.doc || a.index - b.index;
  function compare(a, b) {
    const { key, dir } = ex.sort ?? { key: 'date', dir: 1 };
    if (key === 'date') return dir * byDate(a, b);
    const x = a[key], y = b[key];
    const c = typeof x === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
    return dir * c || byDate(a, b);
  }

  function sortBy(key) {
    const cur = ex.sort ?? { key: 'date', dir: 1 };
    // Numbers start with the largest, text from A.
    ex.sort = cur.key === key ? { key, dir: -cur.dir } : { key, dir: key === 'fatalities' ? -1 : 1 };
    document.querySelectorAll('#event-table th[data-sort]').forEach((th) => {
      if (th.dataset.sort === key) th.setAttribute('aria-sort', ex.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    apply();
  }

  function apply() {
    const types = new Set([...document.querySelectorAll('#f-types input:checked')].map((i) => i.value));
    const actor = $('f-actor').value;
    const country = $('f-country').value;
    const win = dateWindow();
    // The time line counts what the other filters let through, so it shows where the
    // selected events fall in time; the date window then cuts from that.
    const beforeDates = ex.events.filter((e) => types.has(e.type) && (!actor || e.actor1 === actor || e.actor2 === actor) &&
      (!country || e.country === country));
    // Undated events stay in while the window is the whole range.
    const sel = beforeDates.filter((e) => !win || (e.date ? dayOf(e.date) >= win.from && dayOf(e.date) <= win.to : win.full));
    sel.sort(compare);
    ex.selection = sel;
    // Re-adding the selection in one go is much faster than removing thousands of
    // markers one by one from the clusters.
    const show = sel.map((e) => ex.markers.get(e.key)).filter(Boolean);
    const shown = ex.shown ?? [];
    if (show.length !== shown.length || show.some((m, i) => m !== shown[i])) {
      ex.cluster.clearLayers();
      ex.cluster.addLayers(show);
      ex.shown = show;
    }
    drawTimeline(beforeDates, win);
    drawTable(sel);
    const undated = sel.filter((e) => !e.date).length;
    const onMap = show.length;
    $('selection-count').textContent = `${sel.length} of ${ex.events.length} events · ${onMap} on the map` +
      (undated ? ` · ${undated} undated` : '') + ` · ${sel.reduce((s, e) => s + e.fatalities, 0)} killed`;
    document.body.dataset.selection = String(sel.length);
  }

  function fitSelection() {
    const pts = ex.selection.filter((e) => ex.markers.has(e.key)).map((e) => [e.lat, e.lon]);
    if (pts.length) ex.map.fitBounds(pts, { padding: [40, 40], maxZoom: 8 });
  }

  // ------------------------------------------------------------ time line
  function drawTimeline(rows, win) {
    const svg = $('histogram');
    if (!ex.range) { svg.replaceChildren(); return; }
    const n = ex.range[1] - ex.range[0] + 1;
    const counts = new Array(n).fill(0);
    for (const e of rows) if (e.date) counts[dayOf(e.date) - ex.range[0]]++;
    const max = counts.reduce((m, c) => Math.max(m, c), 1);
    const W = 1000, H = 60;
    const bw = W / n;
    let bars = '';
    counts.forEach((c, i) => {
      if (!c) return;
      const h = Math.max(2, (c / max) * (H - 4));
      const inside = !win || (ex.range[0] + i >= win.from && ex.range[0] + i <= win.to);
      bars += `<rect x="${(i * bw).toFixed(2)}" y="${(H - h).toFixed(1)}" width="${Math.max(1, bw - (bw > 3 ? 1 : 0)).toFixed(2)}" height="${h.toFixed(1)}"
        class="${inside ? 'in' : 'out'}"><title>${isoOf(ex.range[0] + i)}: ${c} event${c === 1 ? '' : 's'}</title></rect>`;
    });
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.innerHTML = bars;
    $('t-first').textContent = isoOf(ex.range[0]);
    $('t-last').textContent = isoOf(ex.range[1]);
    $('t-window').textContent = win ? `${isoOf(win.from)} – ${isoOf(win.to)}` : '';
    $('t-max').textContent = `max ${max}/day`;
  }

  // ------------------------------------------------------------ table
  function drawTable(sel) {
    const tbody = $('event-table').querySelector('tbody');
    tbody.replaceChildren();
    const frag = document.createDocumentFragment();
    for (const e of sel.slice(0, TABLE_ROWS)) {
      const tr = document.createElement('tr');
      tr.dataset.key = e.key;
      if (!ex.markers.has(e.key)) tr.classList.add('nocoords');
      tr.innerHTML = `<td>${esc(e.date ?? '—')}</td><td class="type">${symbolSvg(e.type, 14)} ${esc(e.subType || e.type)}</td>
        <td>${esc(e.actor1)}</td><td>${esc(e.actor2)}</td><td>${esc(e.location)}</td><td>${esc(e.country)}</td>
        <td class="num">${e.fatalities || ''}</td><td title="${esc(e.docId)}">${esc(e.docId)}</td>`;
      tr.tabIndex = 0;
      tr.addEventListener('click', () => selectRow(e.key, true));
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') selectRow(e.key, true); });
      frag.append(tr);
    }
    tbody.append(frag);
    $('table-note').textContent = sel.length > TABLE_ROWS ? `showing the first ${TABLE_ROWS} of ${sel.length}; the export has them all` : '';
  }

  // Row ↔ marker: a row opens its marker (out of its cluster), a marker marks its row.
  function selectRow(key, fromTable) {
    document.querySelectorAll('#event-table tr.active').forEach((r) => r.classList.remove('active'));
    const tr = document.querySelector(`#event-table tr[data-key="${CSS.escape(key)}"]`);
    tr?.classList.add('active');
    document.body.dataset.selectedEvent = key;
    if (!fromTable) {
      tr?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const m = ex.markers.get(key);
    if (m && ex.cluster.hasLayer(m)) ex.cluster.zoomToShowLayer(m, () => m.openPopup());
  }

  // ------------------------------------------------------------ export
  function download(kind) {
    const body = kind === 'csv' ? MarsadData.toCsv(ex.selection) : MarsadData.toGeoJson(ex.selection);
    const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([kind === 'csv' ? '\ufeff' + body : body], { type }));
    a.download = `marsad-events-${ex.selection.length}.${kind}`;
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  return { init, setEvents, selectRow, symbolSvg, state: ex, TYPES };
})();
