// Helpers for the accessibility suites: open the app, wait for and toggle the text view (web/a11y.js).
import { record, settle } from './lib.mjs';

export async function openApp(browser, server, query, file = 'index.html') {
  const page = await browser.context.newPage();
  const log = record(page);
  await page.goto(`${server.origin}/${file}${query}`);
  await page.evaluate(() => window.ModelMatrix.ready);
  await settle(page, 3);
  return { page, log };
}

// The text view rendered for the current state: `shown` as asked, content in `lang` for `view` when given.
export async function waitTextView(page, { shown, lang, view }) {
  await page.waitForFunction(([s, l, v]) => {
    const panel = document.getElementById('text-view');
    return panel && panel.classList.contains(s ? 'shown' : 'visually-hidden') && panel.querySelector('h1') &&
      (!l || panel.lang === l) && (!v || panel.dataset.view === v);
  }, [shown, lang || '', view || '']);
}

export async function setTextView(page, shown) {
  const now = await page.evaluate(() => document.getElementById('text-view').classList.contains('shown'));
  if (now !== shown) await page.evaluate(() => document.getElementById('text-view-toggle').click());
  await waitTextView(page, { shown });
}

