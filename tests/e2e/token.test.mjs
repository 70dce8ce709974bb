// The map page against a server started with --token-file (tests/e2e/browser.mjs; run by
// tests/cli/map_e2e.sh with MARSAD_TOKEN_URL and MARSAD_TOKEN): the token given in the
// address's fragment or at the page's prompt goes with every API request (base map names,
// one article, a batch), is kept in sessionStorage and leaves the address bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { src, withPage, openPage } from './browser.mjs';

const server = process.env.MARSAD_TOKEN_URL;
const token = process.env.MARSAD_TOKEN;
const article = fs.readFileSync(path.join(src, 'examples/raqqa-negotiations.ar.txt'), 'utf8');

// The browser reports each 401 answer as a console error: expected here, not a page error.
function forget401(ctx) {
  const rest = ctx.pageErrors.filter((e) => !/status of 401/.test(e));
  ctx.pageErrors.splice(0, ctx.pageErrors.length, ...rest);
}

async function extractArticle(page) {
  await page.fill('#text', article);
  await page.click('#extract');
  await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 20000 });
  return page.evaluate(() => ({ state: document.body.dataset.state, status: document.getElementById('status').textContent }));
}

test('token server: the API refuses a request without the token', async () => {
  assert.ok(server && token, 'MARSAD_TOKEN_URL or MARSAD_TOKEN is not set');
  const r = await fetch(`${server}/v1/gazetteer/places?bbox=35,32,42,37&zoom=5`);
  assert.equal(r.status, 401);
  const ok = await fetch(`${server}/v1/gazetteer/places?bbox=35,32,42,37&zoom=5`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(ok.status, 200);
});

test('map page: token in the fragment', async () => {
  await withPage(async (page) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    await openPage(page, `${server}/#token=${encodeURIComponent(token)}`);  // waits for base map names
    assert.equal(await page.evaluate(() => location.hash), '', 'the token stays in the address bar');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('marsad-token')), token);
    const one = await extractArticle(page);
    assert.equal(one.state, 'done', one.status);
    assert.ok(await page.locator('path.marsad-marker').count() > 0, 'no markers after extracting with the token');
    // Many documents go through /v1/extract/batch, with the token too.
    const records = await page.evaluate(() => MarsadData.runBatch(
      [{ id: 'a', text: 'قصف على حلب' }, { id: 'b', text: 'Clashes in Homs.' }], 'lang=auto', () => {}));
    assert.equal(records.length, 2);
    for (const r of records) assert.ok(!r.error, `batch record: ${r.error}`);
    assert.equal(dialogs, 0, 'asked for a token it had');
  }, assert, server);
});

test('map page: token at the prompt, kept for the tab', async () => {
  await withPage(async (page, ctx) => {
    const asked = [];
    page.on('dialog', (d) => { asked.push(d.message()); d.accept(token); });
    await openPage(page, `${server}/`);
    assert.equal(asked.length, 1, `prompts: ${asked.join(' | ')}`);
    assert.match(asked[0], /token/);
    assert.equal((await extractArticle(page)).state, 'done');
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => Number(document.body.dataset.labels) > 0, null, { timeout: 20000 });
    assert.equal(asked.length, 1, 'asked again after a reload in the same tab');
    forget401(ctx);
  }, assert, server);
});

test('map page: prompt cancelled, a clear error and no more prompts', async () => {
  await withPage(async (page, ctx) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    await page.goto(`${server}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-labels="failed"]', { timeout: 20000 });
    const one = await extractArticle(page);
    assert.equal(one.state, 'error');
    assert.match(one.status, /Bearer|token/);
    assert.equal(dialogs, 1);
    forget401(ctx);
  }, assert, server);
});
