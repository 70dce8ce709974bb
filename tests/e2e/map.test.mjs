// End-to-end test of the single-article view of the map page in Debian's headless Chromium
// (tests/e2e/browser.mjs): paste the example article, one marker per place location (every
// mention of a place shares it, places inside names are not drawn), span <-> marker, the
// base map's place names. Run by tests/cli/map_e2e.sh; the screenshot is kept as
// MARSAD_SCREENSHOT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { base, src, artifacts, withPage, openPage } from './browser.mjs';

const shot = process.env.MARSAD_SCREENSHOT || path.join(artifacts, 'map_e2e.png');
const article = fs.readFileSync(path.join(src, 'examples/raqqa-negotiations.ar.txt'), 'utf8');
const locKey = (p) => `${p.geonameid ?? p.marsad_id ?? ''}|${p.lat.toFixed(4)},${p.lon.toFixed(4)}|${p.relation ? 'r' : ''}`;

test('map page: paste, markers, span ↔ marker, screenshot', async () => {
  assert.ok(base, 'MARSAD_URL is not set');
  // What the API answers for the same text and options as the page sends.
  const api = await fetch(`${base}/v1/extract?lang=auto&utf8=lenient`, {
    method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: article,
  });
  assert.equal(api.status, 200);
  const answer = await api.json();
  const withCoords = answer.places.filter((p) => p.lat != null && p.lon != null && !p.in_name);
  assert.ok(withCoords.length > 0, 'the API found no place with coordinates in the example');
  const locations = new Set(withCoords.map(locKey));
  assert.ok(locations.size < withCoords.length, 'the example names no place twice');

  await withPage(async (page) => {
    await openPage(page);
    const countries = await page.locator('.leaflet-overlay-pane path').count();
    assert.ok(countries > 100, `base map drew ${countries} country outlines`);
    // Place names over the outlines: countries and capitals zoomed out, towns and
    // provinces zoomed in.
    assert.ok(await page.locator('.place-label.country').count() >= 3, 'no country names on the base map');
    assert.ok(await page.locator('.place-label.capital').count() >= 5, 'no capitals on the base map');
    await page.evaluate(() => window.marsad.map.setView([34.6, 37.5], 7));
    await page.waitForSelector('body[data-labels-zoom="7"]', { timeout: 10000 });
    const labels = await page.locator('.place-label').allTextContents();
    for (const name of ['Damascus', 'Homs', 'Aleppo']) assert.ok(labels.includes(name), `${name} not among ${labels}`);
    assert.ok(await page.locator('.place-label.admin1').count() > 0, 'no admin-1 names zoomed in');
    await page.screenshot({ path: path.join(artifacts, 'map_basemap_zoom7.png') });

    await page.fill('#text', article);
    await page.click('#extract');
    await page.waitForSelector('body[data-state="done"]', { timeout: 20000 });

    // One marker per place location in the API's answer: repeated mentions share theirs.
    const markers = await page.locator('path.marsad-marker').count();
    assert.equal(markers, locations.size, 'markers on the map vs distinct place locations in the API answer');
    assert.equal(await page.evaluate(() => window.marsad.markers.length), locations.size);
    // Every place is highlighted in the article, which reads right to left.
    assert.equal(await page.locator('#article mark.hl.place').count(), answer.places.length);
    assert.equal(await page.getAttribute('#article', 'dir'), 'rtl');
    // A place named inside an organisation's name is highlighted, not drawn.
    const inName = answer.places.findIndex((p) => p.in_name && p.lat != null);
    assert.ok(inName >= 0, 'the example has no place inside a name any more');
    assert.ok(await page.locator(`#article mark.hl.place.in-name[data-index="${inName}"]`).count() === 1);
    assert.equal(await page.evaluate((i) => window.marsad.placeMarker[i], inName), null);
    // The article's events are in the explorer too.
    assert.equal(await page.evaluate(() => MarsadExplorer.state.events.length), (answer.events || []).length);
    // The Arabic font shipped with the page is the one in use.
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('17px "Noto Naskh Arabic"', 'الرقة');
    });
    assert.ok(fontOk, 'Noto Naskh Arabic did not load');

    // Span → marker: clicking a highlighted place opens its marker's popup.
    const idx = answer.places.findIndex((p) => p.lat != null && !p.in_name);
    const span = page.locator(`#article mark.hl.place[data-index="${idx}"]`);
    await span.click();
    await page.waitForSelector('.leaflet-popup-content', { timeout: 5000 });
    const popup = await page.textContent('.leaflet-popup-content');
    assert.ok(popup.includes(answer.places[idx].name), `popup "${popup}" lacks ${answer.places[idx].name}`);
    assert.ok(/GeoNames|supplement/.test(popup), 'popup lacks the gazetteer id');
    assert.ok(popup.includes('confidence'), 'popup lacks the confidence');
    assert.ok(await span.evaluate((el) => el.classList.contains('active')), 'clicked span is not marked active');
    await page.waitForTimeout(400);  // let the map pan before the screenshot
    await page.screenshot({ path: shot, fullPage: false });

    // Marker → span: a click on another location's marker selects its first mention.
    const other = answer.places.findIndex((p) => p.lat != null && !p.in_name && locKey(p) !== locKey(answer.places[idx]));
    if (other >= 0) {
      const first = answer.places.findIndex((p) => p.lat != null && !p.in_name && locKey(p) === locKey(answer.places[other]));
      await page.evaluate((i) => window.marsad.placeMarker[i].fire('click'), other);
      const active = await page.getAttribute('#article mark.hl.place.active', 'data-index');
      assert.equal(Number(active), first);
    }
  }, assert);
});

// A generic noun read as a place ('المملكة', the Kingdom: Saudi Arabia in a Saudi text) is
// drawn like a name but marked as a reading: in the article, the places table and the
// popup of its marker.
test('map page: a generic noun is marked as one', async () => {
  const text = 'أعلنت الرياض اليوم أن المملكة سترسل مساعدات إنسانية إلى اليمن.';
  const api = await fetch(`${base}/v1/extract?lang=auto&utf8=lenient`, {
    method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text,
  });
  const answer = await api.json();
  const g = answer.places.findIndex((p) => p.generic);
  assert.ok(g >= 0 && answer.places[g].lat != null, 'the API reads no generic place with coordinates in the text');

  await withPage(async (page) => {
    await openPage(page);
    await page.fill('#text', text);
    await page.click('#extract');
    await page.waitForSelector('body[data-state="done"]', { timeout: 20000 });
    assert.equal(await page.locator('#article mark.hl.place.generic').count(), 1);
    const span = page.locator(`#article mark.hl.place.generic[data-index="${g}"]`);
    assert.match(await span.getAttribute('title'), /generic noun/);
    assert.match(await page.textContent(`#places tbody tr[data-index="${g}"]`), /generic noun/);
    assert.ok(await page.evaluate((i) => window.marsad.placeMarker[i] != null, g), 'the generic mention has no marker');
    await span.click();
    await page.waitForSelector('.leaflet-popup-content', { timeout: 5000 });
    const popup = await page.textContent('.leaflet-popup-content');
    assert.ok(popup.includes('“المملكة” (generic noun)'), `popup "${popup}" does not mark the mention generic`);
  }, assert);
});
