// Accessibility of the web page: axe-core (npm) finds no violation of impact serious or critical in French and
// English with the text view hidden and shown (and in the single-file page); the accessibility tree (Playwright's
// aria snapshot) holds the ranking table with the same winner as getRanking() and the elimination reasons.
// Keyboard and zoom: keyboard.test.mjs. Snapshots and screenshots in build/test-artifacts/browser/a11y/.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launchBrowser, artifactsDir } from './lib.mjs';
import { openApp, waitTextView, setTextView } from './text_view.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const server = await startServer();
test.after(() => server.close());
const outDir = path.join(artifactsDir, 'a11y');
fs.mkdirSync(outDir, { recursive: true });

// axe-core's source is evaluated in the page (the CSP forbids inline script tags, not the test's evaluation).
async function seriousViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe-core: no serious or critical violation in French and English, text view hidden and shown', async () => {
  const browser = await launchBrowser();
  try {
    for (const lang of ['fr', 'en']) {
      const { page, log } = await openApp(browser, server, `?lang=${lang}&preset=fr-support-chatbot`);
      for (const shown of [false, true]) {
        await setTextView(page, shown);
        await waitTextView(page, { shown, lang });
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(await seriousViolations(page), [], `${lang}, text view ${shown ? 'shown' : 'hidden'}`);
        if (shown) fs.writeFileSync(path.join(outDir, `text-view-${lang}.png`), await page.screenshot());
      }
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
      await page.close();
    }
    // The single-file page carries a11y.js inline under its hashed CSP: the text view works there too.
    const { page, log } = await openApp(browser, server, '?lang=en', 'modelmatrix.html');
    await setTextView(page, true);
    assert.ok(await page.locator('#text-view table').count() >= 1);
    assert.deepEqual(await seriousViolations(page), [], 'modelmatrix.html, text view shown');
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('the accessibility tree has the ranking table with the same winner as getRanking(), and the elimination reasons', async () => {
  const browser = await launchBrowser();
  try {
    for (const lang of ['en', 'fr']) {
      const { page } = await openApp(browser, server, `?lang=${lang}&preset=fr-support-chatbot`);
      for (const shown of [false, true]) {
        await setTextView(page, shown);
        await waitTextView(page, { shown, lang });
        const ranking = await page.evaluate(() => window.ModelMatrix.getRanking());
        const result = await page.evaluate(() => window.ModelMatrix.getResult());
        const snapshot = await page.locator('#text-view').ariaSnapshot();
        fs.writeFileSync(path.join(outDir, `aria-${lang}-${shown ? 'shown' : 'hidden'}.yml`), snapshot);
        assert.match(snapshot, /- table /, 'a table in the accessibility tree');
        const rankingSnapshot = await page.locator('#text-view [data-section="ranking"]').ariaSnapshot();
        const rowHeaders = [...rankingSnapshot.matchAll(/rowheader "([^"]*)"/g)].map((m) => m[1]);
        assert.equal(rowHeaders[0], ranking[0].name, 'first ranked row = the winner of getRanking()');
        assert.equal(rowHeaders.length, Math.min(50, ranking.length));
        assert.match(snapshot, /heading "[^"]*" \[level=1\]/);
        // Every eliminated model is listed with its reasons, in the UI language.
        assert.ok(result.eliminated.length > 0, 'the preset eliminates models');
        for (const e of result.eliminated.slice(0, 20)) {
          const reason = e.reasons[0][lang];
          const line = snapshot.split('\n').find((l) => l.includes('listitem') && l.includes(e.name));
          assert.ok(line, `${e.name} is listed`);
          // YAML quotes the line: " escaped as \" in double quotes, ' doubled in single quotes.
          const forms = [reason, reason.replace(/"/g, '\\"'), reason.replace(/'/g, "''")];
          assert.ok(forms.some((f) => line.includes(f)), `${e.name}: "${reason}" in ${line}`);
        }
      }
      await page.close();
    }
  } finally { await browser.close(); }
});

