// The map page as a dataset explorer, in headless Chromium (tests/e2e/browser.mjs): 40
// short documents (tests/fixtures/map/news-40.jsonl, written for this test) opened as a
// file and all extracted through /v1/extract/batch with a progress line; events on the
// map; a filter; the time slider; the table linked to the map; the selection exported as
// GeoJSON and CSV; a results file and an ACLED CSV opened; a run stopped; the page's
// limit stated.
// Screenshots and exports are kept in MARSAD_ARTIFACTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { base, src, artifacts, withPage, openPage } from './browser.mjs';

const fixture = path.join(src, 'tests/fixtures/map/news-40.jsonl');
const DAY = 86400000;
const dayOf = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

// What the API answers for the fixture in one batch: the expected events.
async function expected() {
  const body = fs.readFileSync(fixture, 'utf8');
  const r = await fetch(`${base}/v1/extract/batch?lang=auto&utf8=lenient`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body,
  });
  assert.equal(r.status, 200);
  const text = await r.text();
  const records = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  assert.equal(records.length, 40);
  const events = records.flatMap((rec) => (rec.events || []).map((e) => ({ ...e, doc: rec.id })));
  assert.ok(events.length >= 20, `only ${events.length} events in the fixture`);
  return { records, text, events };
}

const selection = (page) => page.evaluate(() => Number(document.body.dataset.selection));

async function saveDownload(page, button, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = path.join(artifacts, name);
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

test('explorer: 40 documents, filter, time slider, table, export', async () => {
  assert.ok(base, 'MARSAD_URL is not set');
  const want = await expected();
  const withCoords = want.events.filter((e) => e.place?.lat != null);
  await withPage(async (page) => {
    await openPage(page);
    // Every progress step the page shows is recorded.
    await page.evaluate(() => {
      window.progressSeen = [];
      new MutationObserver(() => window.progressSeen.push(document.body.dataset.progress))
        .observe(document.body, { attributes: true, attributeFilter: ['data-progress'] });
    });
    await page.setInputFiles('#file', fixture);
    await page.waitForSelector('body[data-state="done"]', { timeout: 60000 });
    const status = await page.textContent('#status');
    assert.match(status, /^40 documents extracted/, status);
    const seen = await page.evaluate(() => window.progressSeen);
    assert.ok(seen.includes('40/40') && seen.some((s) => /^[1-9]\d?\/40$/.test(s) && s !== '40/40'),
      `progress steps: ${seen}`);
    assert.equal(await page.locator('#doc-table tbody tr').count(), 40);
    assert.equal(await page.locator('#doc-table .err').count(), 0, 'a document failed');
    // Every event of every document: in the table and, with a place, on the map.
    assert.equal(await selection(page), want.events.length);
    assert.equal(await page.locator('#event-table tbody tr').count(), want.events.length);
    assert.equal(await page.evaluate(() => MarsadExplorer.state.markers.size), withCoords.length);
    const drawn = await page.locator('.event-symbol, .event-cluster').count();
    assert.ok(drawn > 0 && drawn <= withCoords.length, `${drawn} symbols and clusters drawn`);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(artifacts, 'map_40_documents.png') });

    // Filter: one country.
    const sy = want.events.filter((e) => e.place?.country === 'SY').length;
    assert.ok(sy > 0 && sy < want.events.length);
    await page.selectOption('#f-country', 'SY');
    assert.equal(await selection(page), sy);
    assert.equal(await page.locator('#event-table tbody tr').count(), sy);
    const countries = await page.locator('#event-table tbody tr td:nth-child(6)').allTextContents();
    assert.ok(countries.every((c) => c === 'SY'), countries.join(','));
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, 'map_filter_syria.png') });

    // The time slider: the first handle to the middle keeps the later half.
    await page.click('#f-reset');
    assert.equal(await selection(page), want.events.length);
    const days = want.events.filter((e) => e.date).map((e) => dayOf(e.date));
    const first = Math.min(...days), last = Math.max(...days);
    const mid = Math.floor((last - first) / 2);
    await page.locator('#t-from').fill(String(mid));
    const later = want.events.filter((e) => e.date && dayOf(e.date) >= first + mid).length;
    assert.ok(later > 0 && later < want.events.length);
    assert.equal(await selection(page), later);
    assert.equal(await page.inputValue('#f-from'), new Date((first + mid) * DAY).toISOString().slice(0, 10));
    const bars = await page.locator('#histogram rect').count();
    assert.ok(bars > 5, `${bars} days with events in the time line`);
    assert.ok(await page.locator('#histogram rect.out').count() > 0, 'no bar outside the window');
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, 'map_time_slider.png') });

    // The table sorts by a column: the largest toll first.
    await page.click('#event-table th[data-sort="fatalities"]');
    const tolls = (await page.locator('#event-table tbody tr td:nth-child(7)').allTextContents()).map((t) => Number(t || 0));
    assert.deepEqual(tolls, [...tolls].sort((a, b) => b - a));
    assert.ok(tolls[0] > 0);

    // The table and the map: a row opens its event's popup.
    await page.click('#event-table tbody tr:first-child');
    await page.waitForSelector('.leaflet-popup-content', { timeout: 10000 });
    const popup = await page.textContent('.leaflet-popup-content');
    const firstType = await page.evaluate(() => MarsadExplorer.state.selection[0].type);
    assert.ok(popup.includes(firstType), `popup "${popup}" lacks ${firstType}`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, 'map_table_row.png') });
    await page.keyboard.press('Escape');

    // Export what is selected: the window and a type.
    await page.locator('#f-types input[value="Battles"]').uncheck();
    const n = await selection(page);
    const wantN = want.events.filter((e) => e.date && dayOf(e.date) >= first + mid && e.event_type !== 'Battles').length;
    assert.equal(n, wantN);
    const gj = JSON.parse(await saveDownload(page, '#export-geojson', 'selection.geojson'));
    assert.equal(gj.type, 'FeatureCollection');
    assert.equal(gj.features.length, n);
    assert.ok(gj.features.every((f) => f.properties.event_type !== 'Battles' && f.properties.event_date >= new Date((first + mid) * DAY).toISOString().slice(0, 10)));
    const located = gj.features.filter((f) => f.geometry);
    assert.ok(located.length > 0 && located.every((f) => f.geometry.type === 'Point' && f.geometry.coordinates.length === 2));
    const csv = await saveDownload(page, '#export-csv', 'selection.csv');
    const lines = csv.replace(/^\ufeff/, '').trim().split(/\r\n/);
    assert.match(lines[0], /^event_id_cnty,event_date,event_type,/);
    assert.equal(lines.length, n + 1);

    // A document of the dataset as an article, from the documents list.
    await page.click('#tabs [data-tab="documents-pane"]');
    await page.click('#doc-table tbody tr:nth-child(3)');
    await page.waitForSelector('#article mark.hl.place');
    assert.equal(await page.getAttribute('#article', 'dir'), 'rtl');
  }, assert);
});

test('explorer: a results file and an ACLED CSV open without extraction; the limit is stated', async () => {
  const want = await expected();
  const acled = await fetch(`${base}/v1/extract/batch?format=acled`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: fs.readFileSync(fixture, 'utf8'),
  }).then((r) => r.text());
  await withPage(async (page) => {
    await openPage(page);
    let extractions = 0;
    page.on('request', (r) => { if (r.url().includes('/v1/extract')) extractions++; });
    await page.setInputFiles('#file', { name: 'results.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(want.text) });
    await page.waitForSelector('body[data-state="done"]');
    assert.equal(await selection(page), want.events.length);
    assert.equal(await page.evaluate(() => document.body.dataset.documents), '40');
    // A record without its text still shows its places on the map.
    await page.click('#tabs [data-tab="documents-pane"]');
    await page.click('#doc-table tbody tr:nth-child(1)');
    assert.match(await page.textContent('#article'), /not in the results file/);
    assert.ok(await page.evaluate(() => window.marsad.markers.length) > 0, 'no place of the record on the map');

    await page.evaluate(() => { document.body.dataset.state = ''; });
    await page.setInputFiles('#file', { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(acled) });
    await page.waitForSelector('body[data-state="done"]');
    assert.equal(await selection(page), want.events.length);
    assert.equal(extractions, 0, 'opening results ran an extraction');

    // A run stopped halfway keeps what was extracted and says so (requests slowed down
    // here so that the click lands between two of them).
    await page.route('**/v1/extract/batch*', async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.evaluate(() => { document.body.dataset.state = ''; });
    await page.setInputFiles('#file', fixture);
    await page.waitForFunction(() => document.body.dataset.progress === '10/40');
    assert.match(await page.textContent('#progress-line'), /10 \/ 40 documents/);
    await page.click('#stop');
    await page.waitForSelector('body[data-state="done"]');
    const stopped = await page.textContent('#status');
    assert.match(stopped, /^Stopped: (10|20|30) of 40 documents extracted/, stopped);
    assert.match(await page.textContent('#errors'), /documents not extracted: stopped by the user/);
    await page.unroute('**/v1/extract/batch*');
    extractions = 0;

    // Beyond the page's limit: a message naming it and what to do instead, no request.
    const many = Array.from({ length: 2001 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'Clashes in Homs.' })).join('\n');
    await page.evaluate(() => { document.body.dataset.state = ''; });
    await page.setInputFiles('#file', { name: 'many.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(many) });
    await page.waitForSelector('body[data-state="error"]');
    const status = await page.textContent('#status');
    assert.match(status, /2001 documents: the page extracts at most 2000/);
    assert.match(status, /marsad extract/);
    assert.equal(extractions, 0);
  }, assert);
});
