// Accessibility of the web page: axe-core (npm) finds no violation of impact serious or critical in French and
// English with the text view hidden and shown (and in the single-file page); the accessibility tree (Playwright's
// aria snapshot) holds the ranking table with the same winner as getRanking() and the elimination reasons;
// Alt+1..Alt+4 reach each view and a weight changes with the keyboard alone; screenshots at 200% zoom (device
// scale 2 on a 640-pixel-wide window) and with reduced motion, kept in build/test-artifacts/browser/a11y/.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launchBrowser, record, settle, pngStats, artifactsDir } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const server = await startServer();
test.after(() => server.close());
const outDir = path.join(artifactsDir, 'a11y');
fs.mkdirSync(outDir, { recursive: true });

async function openApp(browser, query, file = 'index.html') {
  const page = await browser.context.newPage();
  const log = record(page);
  await page.goto(`${server.origin}/${file}${query}`);
  await page.evaluate(() => window.ModelMatrix.ready);
  await settle(page, 3);
  return { page, log };
}

// The text view rendered for the current state: `shown` as asked, content in `lang` for `view` when given.
async function waitTextView(page, { shown, lang, view }) {
  await page.waitForFunction(([s, l, v]) => {
    const panel = document.getElementById('text-view');
    return panel && panel.classList.contains(s ? 'shown' : 'visually-hidden') && panel.querySelector('h1') &&
      (!l || panel.lang === l) && (!v || panel.dataset.view === v);
  }, [shown, lang || '', view || '']);
}

async function setTextView(page, shown) {
  const now = await page.evaluate(() => document.getElementById('text-view').classList.contains('shown'));
  if (now !== shown) await page.evaluate(() => document.getElementById('text-view-toggle').click());
  await waitTextView(page, { shown });
}

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
      const { page, log } = await openApp(browser, `?lang=${lang}&preset=fr-support-chatbot`);
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
    const { page, log } = await openApp(browser, '?lang=en', 'modelmatrix.html');
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
      const { page } = await openApp(browser, `?lang=${lang}&preset=fr-support-chatbot`);
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

test('keyboard only: Alt+1..Alt+4 reach each view, Alt+T shows the text view, a weight changes', async () => {
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser, '?lang=en&preset=fr-support-chatbot');
    await page.focus('#canvas');
    const views = ['panorama', 'criteria', 'workload', 'decision'];
    for (const n of [4, 2, 3, 1, 4]) {
      await page.keyboard.press(`Alt+${n}`);
      await settle(page, 3);
      await waitTextView(page, { shown: false, view: views[n - 1] });
    }
    // Alt+T shows the text view and moves the focus into it; Alt+2 there still opens Criteria; Alt+T hides it.
    await page.keyboard.press('Alt+t');
    await waitTextView(page, { shown: true });
    await page.waitForFunction(() => document.activeElement === document.getElementById('text-view'));
    await page.keyboard.press('Alt+2');
    await waitTextView(page, { shown: true, view: 'criteria' });
    await page.keyboard.press('Alt+t');
    await waitTextView(page, { shown: false });
    await page.waitForFunction(() => document.activeElement === document.getElementById('canvas'));
    await settle(page, 3);

    // A weight with the keyboard: Down twice reaches the view's pane and Space enters it, Right then Space the
    // weights' pane; Tab moves through its controls, and Tab on a slider opens its value for typing. A number
    // typed in another field (a constraint) is taken back with Escape.
    for (const key of ['ArrowDown', 'ArrowDown', 'Space', 'ArrowRight', 'Space']) {
      await page.keyboard.press(key);
      await settle(page, 2);
    }
    const before = await page.evaluate(() => window.ModelMatrix.getProfile());
    const base = JSON.stringify(before);
    let changed = null;
    for (let tabs = 1; tabs <= 30 && !changed; tabs++) {
      await page.keyboard.press('Tab');
      await settle(page, 2);
      await page.keyboard.type('97');
      await settle(page, 2);
      const profile = await page.evaluate(() => window.ModelMatrix.getProfile());
      const c = profile.criteria.find((x) => x.weight === 97);
      if (c) { changed = { id: c.id, tabs }; break; }
      if (JSON.stringify(profile) !== base) {
        await page.keyboard.press('Escape');
        await settle(page, 2);
        assert.equal(JSON.stringify(await page.evaluate(() => window.ModelMatrix.getProfile())), base, `Escape reverts (Tab ${tabs})`);
      }
    }
    assert.ok(changed, 'a weight slider reached with Tab took the typed value');
    const was = before.criteria.find((x) => x.id === changed.id).weight;
    assert.notEqual(was, 97);
    await page.keyboard.press('Enter');
    await settle(page, 3);
    const ranking = await page.evaluate(() => window.ModelMatrix.getResult());
    assert.ok(ranking.ok);
    fs.writeFileSync(path.join(outDir, 'keyboard-weight.txt'), `weight ${changed.id}: ${was} -> 97 after ${changed.tabs} Tab presses\n`);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('200% zoom (device scale 2 on a 640-pixel window) with reduced motion: every view drawn, fonts re-rasterised', async () => {
  const browser = await launchBrowser({ deviceScaleFactor: 2, viewport: { width: 640, height: 800 } });
  try {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/index.html?lang=fr&preset=fr-support-chatbot`);
    await page.evaluate(() => window.ModelMatrix.ready);
    await settle(page, 3);
    assert.ok(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches));
    const backing = await page.evaluate(() => [document.getElementById('canvas').width, window.innerWidth]);
    assert.deepEqual(backing, [1280, 640], 'the backing store follows the zoom (crisp text)');
    for (const view of ['panorama', 'criteria', 'workload', 'decision']) {
      assert.ok(await page.evaluate((v) => window.ModelMatrix.setPreference('view', v), view));
      await settle(page, 4);
      const shot = await page.screenshot();
      fs.writeFileSync(path.join(outDir, `zoom200-${view}-fr.png`), shot);
      const stats = pngStats(shot);
      assert.equal(stats.width, 1280);
      assert.ok(stats.distinctColors > 30, `${view} at 200% looks blank`);
    }
    await setTextView(page, true);
    fs.writeFileSync(path.join(outDir, 'zoom200-text-view-fr.png'), await page.screenshot());
    // The panel fits the narrow window: no horizontal scrolling of the page.
    assert.ok(await page.evaluate(() => document.getElementById('text-view').getBoundingClientRect().width <= window.innerWidth));
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});
