// The accessible mirror of the decision: the app's text view (src/app/text_view.h) rendered in the page's DOM
// with textContent only (no HTML from strings: the CSP holds), visually hidden until shown by the toggle
// button, Alt+T or the Display menu; and the Alt shortcuts kept from the browser.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const page = window.MMPage;
  if (!canvas || !page) return;

  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.id = 'text-view-toggle';
  toggle.setAttribute('aria-controls', 'text-view');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.textContent = 'Text view / Vue texte';
  const panel = document.createElement('section');
  panel.id = 'text-view';
  panel.className = 'visually-hidden';
  panel.tabIndex = -1;
  panel.setAttribute('aria-labelledby', 'text-view-title');
  // The button comes before the canvas (the first Tab stop of the page), the panel after it: from the panel,
  // Tab leaves the app (the canvas keeps Tab for its own navigation).
  document.body.insertBefore(toggle, canvas);
  canvas.after(panel);

  let shown = false;
  let queued = false;

  function el(tag, text, parent) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }

  function renderTable(t, parent) {
    const table = el('table', undefined, parent);
    el('caption', t.caption, table);
    const headRow = el('tr', undefined, el('thead', undefined, table));
    for (const c of t.columns) el('th', c, headRow).scope = 'col';
    const body = el('tbody', undefined, table);
    for (const row of t.rows) {
      const tr = el('tr', undefined, body);
      // The naming column (the model in the ranking) is the row header for screen readers.
      row.forEach((cell, i) => {
        const td = el(i === t.row_header ? 'th' : 'td', cell, tr);
        if (i === t.row_header) td.scope = 'row';
      });
    }
  }

  function render() {
    queued = false;
    let view;
    try {
      view = JSON.parse(Module.ccall('mm_web_text_view', 'string', [], []));
    } catch (e) {
      return;  // the module is not running (it reports its own errors)
    }
    panel.lang = view.lang;
    panel.dataset.view = view.view;
    toggle.lang = view.lang;
    toggle.textContent = shown ? view.hide_label : view.show_label;
    const parts = [];
    const title = el('h1', view.title);
    title.id = 'text-view-title';
    parts.push(title);
    for (const s of view.sections) {
      const div = el('div');
      div.className = 'text-view-section';
      div.dataset.section = s.id;
      el('h2', s.heading, div);
      for (const line of s.sentences) el('p', line, div);
      if (s.items.length) {
        const ul = el('ul', undefined, div);
        for (const item of s.items) el('li', item, ul);
      }
      for (const t of s.tables) renderTable(t, div);
      parts.push(div);
    }
    panel.replaceChildren(...parts);
  }

  // Called by the app (mm_bridge.js) when the content or the visibility changed; read after the frame.
  page.onTextView = (visible) => {
    const opened = visible && !shown;
    const closed = !visible && shown;
    shown = visible;
    panel.className = visible ? 'shown' : 'visually-hidden';
    panel.tabIndex = visible ? 0 : -1;  // a shown panel scrolls: keyboard users reach it with Tab
    toggle.className = visible ? 'shown' : '';
    toggle.setAttribute('aria-expanded', visible ? 'true' : 'false');
    if (closed && panel.contains(document.activeElement)) canvas.focus();
    if (queued && !opened) return;
    queued = true;
    setTimeout(() => {
      render();
      if (opened) panel.focus();
    }, 0);
  };

  function setShown(visible) {
    Module.ccall('mm_web_set_text_view', null, ['number'], [visible ? 1 : 0]);
    if (!visible) canvas.focus();
  }
  toggle.addEventListener('click', () => setShown(!shown));

  // Keys typed in the page's own controls (this panel, its button, the copy box) stay in the page: the app's
  // GLFW listener on window would take them (and swallow Tab). Alt+1..Alt+4 and Alt+T work everywhere, and the
  // browser must not act on them too (tab switching, menus). This listener is registered before the app's.
  const views = ['panorama', 'criteria', 'workload', 'decision'];
  function inPage(target) {
    return target instanceof Element && target !== canvas && target !== document.body && target !== document.documentElement;
  }
  window.addEventListener('keydown', (e) => {
    const chord = e.altKey && !e.ctrlKey && !e.metaKey && /^(Digit[1-4]|KeyT)$/.test(e.code);
    if (chord) e.preventDefault();
    if (!inPage(e.target)) return;
    e.stopImmediatePropagation();
    if (chord && e.code === 'KeyT') setShown(!shown);
    else if (chord) Module.ccall('mm_web_set_pref', 'number', ['string', 'string'], ['view', views[Number(e.code.slice(5)) - 1]]);
  }, true);
  // Key releases still reach the app: a chord pressed on the canvas may end in the panel (Alt+T moves the focus).
  window.addEventListener('keypress', (e) => { if (inPage(e.target)) e.stopImmediatePropagation(); }, true);
})();
