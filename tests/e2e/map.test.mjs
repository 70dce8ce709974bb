// End-to-end test of the map page in Debian's headless Chromium, driven by playwright-core
// (no browser download: executablePath is /usr/bin/chromium). Run by tests/cli/map_e2e.sh,
// which starts `marsad serve` and passes:
//   MARSAD_URL          the server's base URL
//   MARSAD_SOURCE_DIR   the source tree (for playwright-core and the example article)
//   MARSAD_SCREENSHOT   where to save the screenshot artifact
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.env.MARSAD_URL;
const src = process.env.MARSAD_SOURCE_DIR;
const shot = process.env.MARSAD_SCREENSHOT || path.join(os.tmpdir(), 'marsad-map.png');
const { chromium } = await import(path.join(src, 'third_party/npm/node_modules/playwright-core/index.mjs'));
const article = fs.readFileSync(path.join(src, 'examples/raqqa-negotiations.ar.txt'), 'utf8');

test('map page: paste, markers, span ↔ marker, screenshot', async () => {
  assert.ok(base, 'MARSAD_URL is not set');
  // What the API answers for the same text and options as the page sends.
  const api = await fetch(`${base}/v1/extract?lang=auto&utf8=lenient`, {
    method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: article,
  });
  assert.equal(api.status, 200);
  const answer = await api.json();
  const withCoords = answer.places.filter((p) => p.lat != null && p.lon != null);
  assert.ok(withCoords.length > 0, 'the API found no place with coordinates in the example');

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  });
  const outside = [];
  const pageErrors = [];
  try {
    // The page must need nothing but the marsad server: refuse and record anything else.
    const origin = new URL(base).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-basemap="ready"]', { timeout: 20000 });
    const countries = await page.locator('.leaflet-overlay-pane path').count();
    assert.ok(countries > 100, `base map drew ${countries} country outlines`);

    await page.fill('#text', article);
    await page.click('#extract');
    await page.waitForSelector('body[data-state="done"]', { timeout: 20000 });

    // One marker per place with coordinates in the API's answer.
    const markers = await page.locator('path.marsad-marker').count();
    assert.equal(markers, withCoords.length, `markers on the map vs places with coordinates in the API answer`);
    assert.equal(await page.evaluate(() => window.marsad.markers.length), withCoords.length);
    // Every place is highlighted in the article, which reads right to left.
    assert.equal(await page.locator('#article mark.hl.place').count(), answer.places.length);
    assert.equal(await page.getAttribute('#article', 'dir'), 'rtl');
    // The Arabic font shipped with the page is the one in use.
    const fontOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('17px "Noto Naskh Arabic"', 'الرقة');
    });
    assert.ok(fontOk, 'Noto Naskh Arabic did not load');

    // Span → marker: clicking a highlighted place opens its marker's popup.
    const idx = answer.places.findIndex((p) => p.lat != null);
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

    // Marker → span: a click on another marker selects its span.
    const other = answer.places.findIndex((p, i) => i !== idx && p.lat != null);
    if (other >= 0) {
      await page.evaluate((i) => window.marsad.placeMarker[i].fire('click'), other);
      const active = await page.getAttribute('#article mark.hl.place.active', 'data-index');
      assert.equal(Number(active), other);
    }
    assert.deepEqual(outside, [], 'the page tried to reach outside the marsad server');
    assert.deepEqual(pageErrors, [], 'errors in the page');
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});
