// The offline base map: world-atlas country outlines, and over them place names from the
// server's gazetteer (GET /v1/gazetteer/places): countries and capitals at low zoom, towns
// by size as the user zooms in, admin-1 names in between. Labels are drawn most important
// first and skipped where they would overlap one already drawn.
'use strict';

const MarsadBasemap = (() => {
  let map, layer, timer, seq = 0;
  let useArabic = false;

  function init(m) {
    map = m;
    map.createPane('labels');
    map.getPane('labels').style.zIndex = 450;  // above the outlines, below markers (600)
    map.getPane('labels').style.pointerEvents = 'none';
    layer = L.layerGroup([], { pane: 'labels' }).addTo(map);
    map.on('moveend zoomend', schedule);
    schedule();
    return layer;
  }

  function setArabic(on) {
    if (useArabic === on) return;
    useArabic = on;
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  }

  const wrap = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;

  async function refresh() {
    const b = map.getBounds();
    const zoom = Math.round(map.getZoom());
    const south = Math.max(-90, b.getSouth()), north = Math.min(90, b.getNorth());
    let west = b.getWest(), east = b.getEast();
    if (east - west >= 360) { west = -180; east = 180; } else { west = wrap(west); east = wrap(east); }
    const q = new URLSearchParams({ bbox: [west, south, east, north].map((v) => v.toFixed(3)).join(','), zoom, limit: 400 });
    const mine = ++seq;
    try {
      const r = await MarsadAuth.fetch(`/v1/gazetteer/places?${q}`);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const data = await r.json();
      if (mine !== seq) return;  // the view moved on
      draw(data.places || []);
      document.body.dataset.labels = String(layer.getLayers().length);
      document.body.dataset.labelsZoom = String(zoom);
    } catch (e) {
      document.body.dataset.labels = 'failed';
    }
  }

  // Greedy placement in screen space: a label is drawn when its box is free.
  // Zoomed in, a capital's name matters more than its country's (Damascus beside LEBANON).
  function draw(places) {
    layer.clearLayers();
    if (map.getZoom() >= 5) {
      const rank = (p) => (p.kind === 'capital' ? 0 : p.kind === 'country' ? 1 : 2);
      places = places.map((p, i) => [p, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map((x) => x[0]);
    }
    const boxes = [];
    const free = (x0, y0, x1, y1) => boxes.every((bx) => x1 < bx[0] || x0 > bx[2] || y1 < bx[1] || y0 > bx[3]);
    for (const p of places) {
      // Some Arabic names in the source data are cut mid-character (U+FFFD): English then.
      const ar = useArabic && p.name_ar && !p.name_ar.includes('\uFFFD');
      const name = ar ? p.name_ar : p.name;
      if (!name) continue;
      const pt = map.latLngToContainerPoint([p.lat, p.lon]);
      const big = p.kind === 'country' || p.kind === 'capital';
      const w = name.length * (big ? 7.5 : 6.5) + 10, h = big ? 16 : 14;
      const box = p.kind === 'country' || p.kind === 'admin1'
        ? [pt.x - w / 2, pt.y - h / 2, pt.x + w / 2, pt.y + h / 2]
        : [pt.x - 4, pt.y - h / 2, pt.x + w, pt.y + h / 2];
      if (!free(...box)) continue;
      boxes.push(box);
      const dot = p.kind === 'capital' || p.kind === 'town';
      const icon = L.divIcon({
        className: `place-label ${p.kind}`,
        html: `${dot ? '<i></i>' : ''}<span${ar ? ' lang="ar"' : ''}>${escapeHtml(name)}</span>`,
        iconSize: null,
      });
      L.marker([p.lat, p.lon], { icon, pane: 'labels', interactive: false, keyboard: false }).addTo(layer);
    }
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  return { init, setArabic };
})();
