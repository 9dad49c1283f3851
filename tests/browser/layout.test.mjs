// Layouts by width (issue 15): each of the four views at a phone's size (390x844, touch), the compact embed's
// (700x320, ?mode=compact as docs/EMBEDDING.md shows it) and a desktop's (1280x800), in French and English, at
// device-pixel ratio 1 and 2, with no text cut on the left or right (window.ModelMatrix.clippedText()). One
// Chromium, one page per size and ratio; the language and the view change in the page. Every screenshot is kept
// in build/test-artifacts/browser/layout/.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchShared, record, settle, artifactsDir } from './lib.mjs';

const server = await startServer();
const browser = await launchShared();
test.after(async () => { await browser.close(); await server.close(); });
const outDir = path.join(artifactsDir, 'layout');
fs.mkdirSync(outDir, { recursive: true });

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true, query: 'preset=fr-support-chatbot' },
  { name: 'embed', viewport: { width: 700, height: 320 }, touch: false, query: 'mode=compact&preset=fr-support-chatbot' },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false, query: 'preset=fr-support-chatbot' },
];
const api = (page, fn, arg) => page.evaluate(fn, arg);

async function tap(page, touch, name) {
  const r = await api(page, (n) => window.ModelMatrix.widgetRect(n), name);
  assert.ok(r && r.w > 0 && r.h > 0, `${name} is drawn`);
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page, 4);
}

for (const size of sizes) {
  for (const dpr of [1, 2]) {
    test(`no text is cut in any view (${size.name} ${size.viewport.width}x${size.viewport.height}, dpr ${dpr})`, async () => {
      const context = await browser.newContext({
        viewport: size.viewport, deviceScaleFactor: dpr, hasTouch: size.touch, isMobile: size.touch,
      });
      try {
        const page = await context.newPage();
        const log = record(page);
        await page.goto(`${server.origin}/index.html?${size.query}`);
        await api(page, () => window.ModelMatrix.ready);
        await settle(page, 4);
        if (size.name === 'embed') {
          // The compact embed opens on the decision and says what is read-only.
          assert.equal(await api(page, () => window.ModelMatrix.getPreference('view')), 'decision');
          assert.ok(await api(page, () => window.ModelMatrix.widgetRect('readonly.open_full')), 'the read-only notice has its link');
        }
        const cuts = [];
        for (const lang of ['fr', 'en']) {
          assert.ok(await api(page, (l) => window.ModelMatrix.setPreference('lang', l), lang));
          await settle(page, 3);
          for (const view of ['decision', 'panorama', 'criteria', 'workload']) {
            await tap(page, size.touch, `tab.${view}`);
            assert.equal(await api(page, () => window.ModelMatrix.getPreference('view')), view);
            const clipped = await api(page, () => window.ModelMatrix.clippedText());
            for (const c of clipped) cuts.push(`${lang} ${view}: ${c.window}: ${c.count} cut, "${c.sample}"`);
            fs.writeFileSync(path.join(outDir, `${size.name}-dpr${dpr}-${lang}-${view}.png`), await page.screenshot());
          }
        }
        assert.deepEqual(cuts, [], 'text cut on the left or right');
        if (size.name === 'embed' && dpr === 1) {
          // The link opens the app's own page, without the embedding parameters, in a new tab.
          const [popup] = await Promise.all([context.waitForEvent('page'), tap(page, false, 'readonly.open_full')]);
          const url = new URL(popup.url() === 'about:blank' ? (await popup.waitForURL(/index\.html/), popup.url()) : popup.url());
          assert.equal(url.origin, server.origin);
          assert.equal(url.pathname, '/index.html');
          assert.equal(url.searchParams.get('mode'), null);
          assert.equal(url.searchParams.get('preset'), 'fr-support-chatbot');
          await popup.close();
        }
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
}
