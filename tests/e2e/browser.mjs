// What the end-to-end tests share: Debian's headless Chromium driven by playwright-core (no
// browser download), a page that may reach nothing but the marsad server, and the page's
// errors collected. Environment (set by tests/cli/map_e2e.sh):
//   MARSAD_URL          the server's base URL
//   MARSAD_SOURCE_DIR   the source tree (playwright-core, fixtures)
//   MARSAD_ARTIFACTS    where screenshots and exports are kept
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const base = process.env.MARSAD_URL;
export const src = process.env.MARSAD_SOURCE_DIR;
export const artifacts = process.env.MARSAD_ARTIFACTS || fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-e2e-'));
fs.mkdirSync(artifacts, { recursive: true });
const { chromium } = await import(path.join(src, 'third_party/npm/node_modules/playwright-core/index.mjs'));

// Runs fn(page, ctx) in a fresh browser; ctx.outside lists requests that left the server
// (at server, default MARSAD_URL), ctx.pageErrors the page's errors. Both are checked empty
// after fn.
export async function withPage(fn, assert, server = base) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const ctx = { outside: [], pageErrors: [] };
  try {
    const origin = new URL(server).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      ctx.outside.push(url);
      return route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => ctx.pageErrors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') ctx.pageErrors.push(m.text()); });
    try {
      await fn(page, ctx);
    } catch (e) {
      // The page's own errors are most often why a wait timed out.
      if (ctx.pageErrors.length) e.message += `\npage errors: ${ctx.pageErrors.join('\n')}`;
      throw e;
    }
    assert.deepEqual(ctx.outside, [], 'the page tried to reach outside the marsad server');
    assert.deepEqual(ctx.pageErrors, [], 'errors in the page');
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

// Opens the page (url, default MARSAD_URL) and waits for the base map (outlines and place names).
export async function openPage(page, url = `${base}/`) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-basemap="ready"]', { timeout: 60000 });
  await page.waitForFunction(() => Number(document.body.dataset.labels) > 0, null, { timeout: 60000 });
}
