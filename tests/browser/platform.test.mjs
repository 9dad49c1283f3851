// Web platform tests in headless Debian Chromium: privacy (no request leaves the page, CSP blocks fetch),
// persistence across reloads, permalinks in a fresh browser profile, bad imports and bad links changing
// nothing, the embedding protocol, the offline single file, storage faults, and no console errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, record, settle, siteDir, artifactsDir, assertSelfhost } from './lib.mjs';

const server = await startServer();
test.after(() => server.close());

async function openApp(browser, query = '', hash = '') {
  const page = await browser.context.newPage();
  const log = record(page);
  await page.goto(`${server.origin}/index.html${query}${hash}`);
  await page.evaluate(() => window.ModelMatrix.ready);
  await settle(page, 2);
  return { page, log };
}

// Requests that left (or tried to leave) for another origin; those the CSP refused never reach the network.
function offOrigin(log) {
  return log.requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:') &&
    !u.startsWith('blob:') && !log.blocked.includes(u));
}

test('a scripted session sends nothing anywhere after load', async () => {
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser);
    const loaded = log.requests.length;
    const profile = await page.evaluate(() => window.ModelMatrix.getProfile());
    profile.workload.requests_per_day = 5000;
    const set = await page.evaluate((p) => window.ModelMatrix.setProfile(p), profile);
    assert.equal(set.ok, true, JSON.stringify(set.errors));
    const imp = await page.evaluate(() => window.ModelMatrix.importText('prix.csv',
      'id;name;provider;kind;input_per_mtok;output_per_mtok\nmon-modele;Mon modèle;Moi;open_weights;0,1;0,2\n'));
    assert.equal(imp.ok, true, JSON.stringify(imp.errors));
    const md = await page.evaluate(() => window.ModelMatrix.exportDocument('md'));
    assert.match(md, /ModelMatrix/);
    const fragment = await page.evaluate(() => window.ModelMatrix.shareFragment());
    assert.match(fragment, /^p1/);
    await settle(page, 5);
    assert.deepEqual(log.requests.slice(loaded), [], 'no request after load');
    assert.deepEqual(offOrigin(log), []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('the CSP blocks requests to anywhere but the page\'s own files', async () => {
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser);
    const outcome = await page.evaluate(async () => {
      const r = { violations: [] };
      document.addEventListener('securitypolicyviolation', (e) => r.violations.push(e.violatedDirective));
      try { await fetch('https://example.org/track'); r.fetch = 'sent'; } catch (e) { r.fetch = 'blocked'; }
      try { await fetch('http://localhost:9/x', { mode: 'no-cors' }); r.local = 'sent'; } catch (e) { r.local = 'blocked'; }
      navigator.sendBeacon('https://example.org/beacon', 'x');  // returns true even when the CSP drops it
      r.image = await new Promise((res) => {
        const img = new Image();
        img.onload = () => res('loaded');
        img.onerror = () => res('blocked');
        img.src = 'https://example.org/pixel.png';
      });
      r.ws = await new Promise((res) => {
        try {
          const ws = new WebSocket('wss://example.org/socket');
          ws.onopen = () => res('open');
          ws.onerror = () => res('blocked');
        } catch (e) { res('blocked'); }
      });
      await new Promise((res) => setTimeout(res, 300));
      return r;
    });
    assert.equal(outcome.fetch, 'blocked');
    assert.equal(outcome.local, 'blocked');
    assert.ok(outcome.violations.filter((d) => d.startsWith('connect-src')).length >= 4, JSON.stringify(outcome.violations));
    assert.equal(outcome.image, 'blocked');
    assert.ok(log.blocked.includes('https://example.org/pixel.png'), 'the image was refused by the CSP');
    assert.equal(outcome.ws, 'blocked');
    assert.deepEqual(offOrigin(log), []);
  } finally { await browser.close(); }
});

test('the profile survives a reload', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser);
    const profile = await page.evaluate(() => window.ModelMatrix.getProfile());
    profile.name = 'Survives reload';
    profile.workload.requests_per_day = 24680;
    assert.equal((await page.evaluate((p) => window.ModelMatrix.setProfile(p), profile)).ok, true);
    await settle(page, 40);  // autosave runs every 0.5 s
    await page.reload();
    await page.evaluate(() => window.ModelMatrix.ready);
    const again = await page.evaluate(() => window.ModelMatrix.getProfile());
    assert.equal(again.name, 'Survives reload');
    assert.equal(again.workload.requests_per_day, 24680);
  } finally { await browser.close(); }
});

test('a permalink reproduces the decision in a fresh browser profile', async () => {
  let fragment, ranking;
  {
    const browser = await launchBrowser();
    try {
      const { page } = await openApp(browser, '?preset=fr-support-chatbot');
      const profile = await page.evaluate(() => window.ModelMatrix.getProfile());
      profile.workload.requests_per_day = 777;
      assert.equal((await page.evaluate((p) => window.ModelMatrix.setProfile(p), profile)).ok, true);
      fragment = await page.evaluate(() => window.ModelMatrix.shareFragment());
      ranking = await page.evaluate(() => window.ModelMatrix.getRanking());
    } finally { await browser.close(); }
  }
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser, '', '#' + fragment);
    const got = await page.evaluate(() => window.ModelMatrix.getRanking());
    assert.deepEqual(got.map((r) => r.id), ranking.map((r) => r.id));
    assert.equal((await page.evaluate(() => window.ModelMatrix.getProfile())).workload.requests_per_day, 777);
    assert.equal(await page.evaluate(() => location.hash), '', 'the fragment is dropped from the address bar');
    assert.deepEqual(log.consoleErrors, []);
  } finally { await browser.close(); }
});

test('a bad import and a bad link show an error and change nothing', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser);
    const before = await page.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile()));
    const imp = await page.evaluate(() => window.ModelMatrix.importText('bad.csv',
      'id,name,provider,kind,input_per_mtok,output_per_mtok\nx,X,me,proprietary,free,1\n'));
    assert.equal(imp.ok, false);
    assert.equal(imp.errors[0], 'line 2, column 5 (input_per_mtok): "free" is not a number');
    let notes = await page.evaluate(() => window.ModelMatrix.notifications());
    assert.ok(notes.some((n) => n.level === 3 && n.text.includes('free')), JSON.stringify(notes));
    const link = await page.evaluate(() => window.ModelMatrix.shareFragment());
    const cut = await page.evaluate((f) => window.ModelMatrix.openLink(f), link.slice(0, link.length - 7));
    assert.equal(cut.ok, false);
    assert.match(cut.errors[0], /cut or damaged/);
    const after = await page.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile()));
    assert.equal(after, before);
    // A cut link in the address bar at start-up: reported, saved state untouched.
    await settle(page, 40);
    const saved = await page.evaluate(() => localStorage.getItem('modelmatrix.state'));
    await page.goto(`${server.origin}/index.html#${link.slice(0, 20)}`);
    await page.evaluate(() => window.ModelMatrix.ready);
    notes = await page.evaluate(() => window.ModelMatrix.notifications());
    assert.ok(notes.some((n) => n.level === 3), JSON.stringify(notes));
    await settle(page, 40);
    assert.equal(await page.evaluate(() => localStorage.getItem('modelmatrix.state')), saved);
  } finally { await browser.close(); }
});

test('setProfile rejects a bad profile with the JSON path and changes nothing', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser);
    const before = await page.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile()));
    const r = await page.evaluate(() => {
      const p = window.ModelMatrix.getProfile();
      p.workload.requests_per_day = -5;
      return window.ModelMatrix.setProfile(p);
    });
    assert.equal(r.ok, false);
    assert.match(r.errors[0], /workload\.requests_per_day/);
    assert.equal(await page.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile())), before);
  } finally { await browser.close(); }
});

test('the embed example resizes the iframe and ignores unlisted origins', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.goto(`${server.origin}/embed-example.html`);
    await page.waitForFunction(() => {
      const f = document.getElementById('mm');
      return f.contentWindow.ModelMatrix && f.contentWindow.ModelMatrix.version;
    });
    await page.waitForFunction(() => document.getElementById('mm').style.height !== '');
    const height = await page.evaluate(() => parseInt(document.getElementById('mm').style.height, 10));
    assert.ok(height >= 200, `iframe height ${height}`);
    // A message from an unlisted origin is ignored (the preset does not change).
    const app = page.frames().find((f) => f.url().includes('index.html'));
    const before = await app.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile()));
    await app.evaluate(() => window.dispatchEvent(new MessageEvent('message',
      { data: { type: 'modelmatrix:set', preset: 'code-assistant' }, origin: 'https://evil.example' })));
    await app.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    assert.equal(await app.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile())), before);
    // The host page's own (listed) origin can set the preset and receive results after asking.
    await page.selectOption('#preset', 'code-assistant');
    await app.waitForFunction(() => window.ModelMatrix.getProfile().name !== undefined);
    await page.click('#share');
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 1);
    assert.notEqual(await app.evaluate(() => JSON.stringify(window.ModelMatrix.getProfile())), before);
    await page.screenshot({ path: path.join(artifactsDir, 'embed-example.png') });
    assert.deepEqual(log.consoleErrors, []);
  } finally { await browser.close(); }
});

test('modelmatrix.html works opened from file://', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.goto('file://' + path.join(siteDir, 'modelmatrix.html'));
    await page.evaluate(() => window.ModelMatrix.ready);
    await settle(page, 3);
    const ranking = await page.evaluate(() => window.ModelMatrix.getRanking());
    assert.ok(ranking.length > 0);
    await assertSelfhost(page);  // the single file carries the self-hosting data too
    assert.deepEqual(log.requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:')), []);
    assert.deepEqual(log.consoleErrors, []);
    await page.screenshot({ path: path.join(artifactsDir, 'offline-file.png') });
  } finally { await browser.close(); }
});

test('without localStorage the session works in memory and says so', async () => {
  const browser = await launchBrowser();
  try {
    await browser.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const { page, log } = await openApp(browser);
    const notes = await page.evaluate(() => window.ModelMatrix.notifications());
    assert.ok(notes.some((n) => /session/.test(n.text)), JSON.stringify(notes));
    const p = await page.evaluate(() => window.ModelMatrix.getProfile());
    p.workload.requests_per_day = 99;
    assert.equal((await page.evaluate((x) => window.ModelMatrix.setProfile(x), p)).ok, true);
    await settle(page, 40);
    assert.equal((await page.evaluate(() => window.ModelMatrix.getProfile())).workload.requests_per_day, 99);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('a full localStorage is reported and the previous state kept', async () => {
  const browser = await launchBrowser();
  try {
    await browser.context.addInitScript(() => {
      if (sessionStorage.getItem('mm-full')) {
        Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
      }
    });
    const { page } = await openApp(browser);
    const p = await page.evaluate(() => window.ModelMatrix.getProfile());
    p.name = 'Before full';
    await page.evaluate((x) => window.ModelMatrix.setProfile(x), p);
    await settle(page, 40);
    const saved = await page.evaluate(() => localStorage.getItem('modelmatrix.state'));
    assert.match(saved, /Before full/);
    await page.evaluate(() => sessionStorage.setItem('mm-full', '1'));
    await page.reload();
    await page.evaluate(() => window.ModelMatrix.ready);
    p.name = 'After full';
    await page.evaluate((x) => window.ModelMatrix.setProfile(x), p);
    await settle(page, 40);
    const notes = await page.evaluate(() => window.ModelMatrix.notifications());
    assert.ok(notes.some((n) => /full/.test(n.text)), JSON.stringify(notes));
    assert.equal(await page.evaluate(() => localStorage.getItem('modelmatrix.state')), saved);
    assert.equal((await page.evaluate(() => window.ModelMatrix.getProfile())).name, 'After full');
  } finally { await browser.close(); }
});

test('corrupted stored data is reported, backed up and replaced by defaults', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser);
    await page.evaluate(() => localStorage.setItem('modelmatrix.state', '{"format":"modelmatrix-state","version":2,"profile":{"name":'));
    await page.reload();
    await page.evaluate(() => window.ModelMatrix.ready);
    const notes = await page.evaluate(() => window.ModelMatrix.notifications());
    assert.ok(notes.some((n) => n.level === 3 && /backup/.test(n.text)), JSON.stringify(notes));
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.some((k) => k.startsWith('modelmatrix.state.backup-')), keys.join(','));
    assert.ok((await page.evaluate(() => window.ModelMatrix.getRanking())).length > 0);
  } finally { await browser.close(); }
});

test('the page has an accessible canvas, a live region and follows the UI language', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser, '?lang=fr');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.ok((await page.getAttribute('#canvas', 'aria-label')).length > 10);
    const liveText = await page.textContent('#live');
    const top = (await page.evaluate(() => window.ModelMatrix.getRanking()))[0];
    assert.ok(liveText.includes(top.name), liveText);
    assert.match(liveText, /^Classement/);
    await page.evaluate(() => window.ModelMatrix.setPreference('lang', 'en'));
    await settle(page, 2);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  } finally { await browser.close(); }
});

test('errors raised inside the engine are caught in the web build (JSON syntax, method refusal)', async () => {
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser);
    const bad = await page.evaluate(() => window.ModelMatrix.importText('broken.json', '{\n  "format": "modelmatrix-profile",\n  "version": 1,\n'));
    assert.equal(bad.ok, false);
    assert.match(bad.errors[0], /^line \d+, column \d+: invalid JSON/);
    const deep = await page.evaluate(() => window.ModelMatrix.importText('deep.json', '['.repeat(100000)));
    assert.equal(deep.ok, false);
    assert.match(deep.errors[0], /nesting deeper than/);
    // WPM needs strictly positive normalised values; min-max scaling gives zeros: the method refuses.
    const p = await page.evaluate(() => window.ModelMatrix.getProfile());
    p.method = { name: 'wpm', normalization: 'minmax' };
    const set = await page.evaluate((x) => window.ModelMatrix.setProfile(x), p);
    assert.equal(set.ok, true, JSON.stringify(set.errors));
    const result = await page.evaluate(() => window.ModelMatrix.getResult());
    assert.equal(result.ok, false);
    assert.match(JSON.stringify(result.errors), /wpm/);
    await settle(page, 3);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('files come in through the picker and by drop; exports download; nothing leaves the page', async () => {
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser);
    const loaded = log.requests.length;
    // File picker (the hidden input the "Import" menu clicks).
    await page.setInputFiles('input[type=file]', {
      name: 'tarifs.csv', mimeType: 'text/csv',
      buffer: Buffer.from('id;name;provider;kind;input_per_mtok;output_per_mtok\nmon-llm;Mon LLM;Moi;open_weights;0,1;0,3\n'),
    });
    await page.waitForFunction(() => JSON.stringify(window.ModelMatrix.notifications()).includes('tarifs.csv'));
    assert.match(JSON.stringify(await page.evaluate(() => window.ModelMatrix.notifications())), /Private overlay loaded/);
    // Drop a profile on the page.
    const profile = await page.evaluate(() => window.ModelMatrix.getProfile());
    profile.name = 'Dropped profile';
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'profil.json', { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(profile));
    await page.waitForFunction(() => window.ModelMatrix.getProfile().name === 'Dropped profile');
    // Export the report as a download (ActionRequest 1 = Markdown report), as the File menu does.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => Module.ccall('mm_web_request', null, ['number'], [1])),
    ]);
    assert.match(download.suggestedFilename(), /^modelmatrix-decision.*\.md$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.match(text, /Dropped profile/);
    fs.writeFileSync(path.join(artifactsDir, 'exported-report.md'), text);
    await settle(page, 3);
    assert.deepEqual(log.requests.slice(loaded).filter((u) => !u.startsWith('blob:')), [], 'no request after load');
    assert.deepEqual(log.consoleErrors, []);
  } finally { await browser.close(); }
});
