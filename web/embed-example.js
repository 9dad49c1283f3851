// Example host page: embeds ModelMatrix, resizes the iframe from its height messages, sets presets and the
// language, and receives the ranking after asking for it. Messages are accepted only from the app's origin.
'use strict';
(function () {
  const frame = document.getElementById('mm');
  const appUrl = new URL('index.html', location.href);
  appUrl.searchParams.set('mode', 'compact');
  appUrl.searchParams.set('lang', 'fr');
  appUrl.searchParams.set('view', 'decision');
  appUrl.searchParams.set('preset', document.getElementById('preset').value);
  appUrl.searchParams.set('origins', location.origin);  // who may talk to the app
  const appOrigin = appUrl.origin;
  frame.src = appUrl.href;

  function send(message) { frame.contentWindow.postMessage(message, appOrigin); }

  window.addEventListener('message', (event) => {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    const m = event.data || {};
    if (m.type === 'modelmatrix:height' && Number.isFinite(m.height)) {
      frame.style.height = Math.max(200, Math.min(4000, Math.round(m.height))) + 'px';
    } else if (m.type === 'modelmatrix:results' && Array.isArray(m.ranking)) {
      const list = document.getElementById('results');
      list.textContent = '';
      for (const r of m.ranking.slice(0, 10)) {
        const li = document.createElement('li');
        li.textContent = `${r.name} — ${Number(r.score).toFixed(3)}`;
        list.appendChild(li);
      }
    }
  });
  document.getElementById('preset').addEventListener('change', (e) => send({ type: 'modelmatrix:set', preset: e.target.value }));
  document.getElementById('lang-fr').addEventListener('click', () => send({ type: 'modelmatrix:set', lang: 'fr' }));
  document.getElementById('lang-en').addEventListener('click', () => send({ type: 'modelmatrix:set', lang: 'en' }));
  document.getElementById('share').addEventListener('click', () => send({ type: 'modelmatrix:share-results', origins: [location.origin] }));
})();
