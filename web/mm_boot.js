// Page side of ModelMatrix: the Emscripten Module configuration, loading status and errors, the services the
// C++ platform layer calls (window.MMPage: clipboard, downloads, file picker, drop, live region), the
// embedding protocol (postMessage) and the window.ModelMatrix API. No network: everything stays in the page.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const progress = document.getElementById('progress');
  const errorBox = document.getElementById('error');
  const live = document.getElementById('live');
  const params = new URLSearchParams(location.search);
  // Origins allowed to talk to the app when it is embedded (?origins=https://a.example,https://b.example).
  const allowedOrigins = (params.get('origins') || '').split(',').map((s) => s.trim()).filter(Boolean);
  let resultOrigins = [];  // origins that asked for the results with "modelmatrix:share-results"
  let resultsQueued = false;
  let started = false;  // the module draws frames: its functions can be called
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // failures are shown in the error box

  function showError(message) {
    statusBox.hidden = true;
    errorBox.hidden = false;
    errorBox.textContent = 'ModelMatrix could not start / ModelMatrix n’a pas pu démarrer : ' + message +
      ' — The desktop build (modelmatrix) runs the same tool offline. / La version de bureau (modelmatrix) ' +
      'fonctionne hors ligne.';
    rejectReady(new Error(message));
  }

  if (typeof WebAssembly !== 'object') { showError('this browser has no WebAssembly.'); return; }
  if (!document.createElement('canvas').getContext('webgl2')) { showError('this browser has no WebGL 2.'); return; }

  // A crash of the module (e.g. out-of-bounds access) must show a message, not a frozen canvas.
  window.addEventListener('error', (e) => showError(String(e.message || e.error || 'unknown error')));
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('webglcontextlost', (e) => { e.preventDefault(); showError('the WebGL context was lost; reload the page.'); });

  function toParent(message, origin) {
    if (window.parent === window) return;
    window.parent.postMessage(message, origin);
  }

  function call(name, ret, types, args) { return Module.ccall(name, ret, types || [], args || []); }
  function callJson(name, types, args) { return JSON.parse(call(name, 'string', types, args)); }
  function sendResults() {
    if (!started || resultOrigins.length === 0) return;
    const ranking = callJson('mm_web_get_ranking');
    for (const origin of resultOrigins) toParent({ type: 'modelmatrix:results', ranking: ranking }, origin);
  }

  // --- files: picker and drop ------------------------------------------------
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.hidden = true;
  picker.accept = '.json,.csv,.tsv,application/json,text/csv';
  document.body.appendChild(picker);
  async function importFile(file) {
    const text = await file.text();
    return callJson('mm_web_import', ['string', 'string'], [file.name, text]);
  }
  picker.addEventListener('change', async () => {
    if (picker.files && picker.files[0]) await importFile(picker.files[0]);
    picker.value = '';
  });
  document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) await importFile(file);
  });

  // --- services for the C++ platform layer (mm_bridge.js) ----------------------
  window.MMPage = {
    onFirstFrame: () => {
      statusBox.hidden = true;
      api.firstFrameMs = performance.now();  // since navigation started
      api.version = call('mm_web_version', 'string');
      // The catalog's details (figure notes, model texts: tools/embed_js.py) and the self-hosting data follow the
      // first frame; the app then reads the whole catalog again. Ready once they are in (or could not be had: the
      // app works without them).
      const done = () => {
        toParent({ type: 'modelmatrix:ready', version: api.version }, '*');
        started = true;
        sendResults();  // hosts that asked before the first frame
        resolveReady(api);
      };
      if (globalThis.MM_CATALOG_DETAILS) return done();  // the single-file copy: everything is in already
      const details = document.createElement('script');
      details.src = 'catalog-details.js';
      details.onload = () => {
        if (globalThis.MM_CATALOG_COLUMNS) {
          globalThis.MM_CATALOG_JSON = globalThis.MM_CATALOG_DECODE(globalThis.MM_CATALOG_COLUMNS, globalThis.MM_CATALOG_DETAILS);
        }
        Module._mm_web_reload_catalog();
        done();
      };
      details.onerror = done;
      document.head.appendChild(details);
    },
    onFatal: showError,
    copyText: (text) => {
      api.lastCopied = text;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(() => showCopyBox(text));
      } else {
        showCopyBox(text);
      }
    },
    saveFile: (name, mime, content) => {
      const url = URL.createObjectURL(new Blob([content], { type: mime + ';charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    openFile: () => picker.click(),
    onResult: (liveText) => {
      live.textContent = liveText;
      // The ranking (megabytes with a large catalog) only for hosts that asked, at most once per frame: read
      // after the frame that changed it, outside the module's call.
      if (resultOrigins.length === 0 || resultsQueued) return;
      resultsQueued = true;
      setTimeout(() => { resultsQueued = false; sendResults(); }, 0);
    },
    onContentHeight: (height) => toParent({ type: 'modelmatrix:height', height: height }, '*'),
  };

  // When the clipboard is refused, show the link so the user can copy it by hand.
  function showCopyBox(text) {
    let box = document.getElementById('copy-box');
    if (!box) {
      box = document.createElement('div');
      box.id = 'copy-box';
      box.innerHTML = '<label for="copy-text">Copy this link / Copiez ce lien :</label><textarea id="copy-text" rows="3" readonly></textarea><button type="button">OK</button>';
      document.body.appendChild(box);
      box.querySelector('button').addEventListener('click', () => { box.hidden = true; canvas.focus(); });
    }
    box.hidden = false;
    const area = box.querySelector('textarea');
    area.value = text;
    area.focus();
    area.select();
  }

  // --- touch and pointer ------------------------------------------------------------
  // Canvas device pixels of a page point (what ImGui works in).
  function canvasPoint(clientX, clientY) {
    const r = canvas.getBoundingClientRect();
    return [(clientX - r.left) * (canvas.width / r.width), (clientY - r.top) * (canvas.height / r.height)];
  }
  // One finger drives the app (taps, drags, long presses: src/platform/web/main_web.cpp mm_web_touch). Caught
  // before Emscripten's GLFW, which presses where the mouse last was, and without the mouse events a browser
  // makes up after a tap; a second finger is ignored.
  let touchId = null;
  function onTouch(phase) {
    return (e) => {
      if (e.target !== canvas) return;
      e.preventDefault();
      e.stopPropagation();
      if (!Module._mm_web_touch) return;  // the module is not loaded yet
      for (const t of e.changedTouches) {
        if (phase === 0 && touchId !== null) continue;
        if (phase !== 0 && t.identifier !== touchId) continue;
        touchId = phase >= 2 ? null : t.identifier;
        lastMove = null;
        const [x, y] = canvasPoint(t.clientX, t.clientY);
        Module._mm_web_touch(phase, x, y);
      }
    };
  }
  const touchOptions = { capture: true, passive: false };
  window.addEventListener('touchstart', onTouch(0), touchOptions);
  window.addEventListener('touchmove', onTouch(1), touchOptions);
  window.addEventListener('touchend', onTouch(2), touchOptions);
  window.addEventListener('touchcancel', onTouch(3), touchOptions);
  // A mouse press or release goes where it happens even without a move to it before (GLFW sends the button only).
  // The pointer is over a press's item for a frame first when the last move to it was in an earlier frame.
  let lastMove = null;  // [page x, page y, frame] of the last mouse move; null after a touch
  const moveAt = (e) => [e.clientX, e.clientY, Module._mm_web_frame_count()];
  function onMouseButton(e) {
    if (e.target !== canvas || !Module._mm_web_mouse_at) return;
    const [x, y] = canvasPoint(e.clientX, e.clientY);
    const here = moveAt(e);
    const jumped = e.type === 'mousedown' && !(lastMove && lastMove[0] === here[0] && lastMove[1] === here[1] &&
      lastMove[2] < here[2]);
    Module._mm_web_mouse_at(x, y, jumped ? 1 : 0);
    if (!lastMove || lastMove[0] !== here[0] || lastMove[1] !== here[1]) lastMove = here;
  }
  window.addEventListener('mousedown', onMouseButton, true);
  window.addEventListener('mouseup', onMouseButton, true);
  window.addEventListener('mousemove', (e) => {
    if (!lastMove && e.target === canvas && Module._mm_web_mouse_at) {  // the mouse again after a touch
      const [x, y] = canvasPoint(e.clientX, e.clientY);
      Module._mm_web_mouse_at(x, y, 0);
    }
    if (Module._mm_web_frame_count) lastMove = moveAt(e);
  }, true);

  // --- embedding: messages from the parent page --------------------------------
  window.addEventListener('message', (event) => {
    if (!allowedOrigins.includes(event.origin)) return;  // unlisted origins are ignored
    const m = event.data;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (m.type === 'modelmatrix:set') {
      for (const key of ['preset', 'lang', 'theme', 'view']) {
        if (typeof m[key] === 'string') call('mm_web_set_pref', 'number', ['string', 'string'], [key, m[key]]);
      }
    } else if (m.type === 'modelmatrix:share-results') {
      const wanted = Array.isArray(m.origins) ? m.origins : [event.origin];
      resultOrigins = wanted.filter((o) => allowedOrigins.includes(o));
      sendResults();
    }
  });

  // --- Emscripten module ---------------------------------------------------------
  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) progress.value = (100 * Number(m[1])) / Number(m[2]);
      if (text) statusText.textContent = 'Loading ModelMatrix… / Chargement…';
    },
    onAbort: (what) => showError(String(what)),
  };

  // --- window.ModelMatrix ----------------------------------------------------------
  const api = {
    ready: ready,
    version: null,
    lastCopied: null,
    getProfile: () => callJson('mm_web_get_profile'),
    setProfile: (profile) => callJson('mm_web_set_profile', ['string'],
      [typeof profile === 'string' ? profile : JSON.stringify(profile)]),
    getRanking: () => callJson('mm_web_get_ranking'),
    getResult: () => callJson('mm_web_get_result'),
    importText: (name, text) => callJson('mm_web_import', ['string', 'string'], [name, text]),
    openLink: (fragment) => callJson('mm_web_open_fragment', ['string'], [String(fragment).replace(/^#/, '')]),
    shareFragment: () => call('mm_web_share_fragment', 'string'),
    exportDocument: (format) => call('mm_web_export', 'string', ['number'], [{ md: 0, csv: 1, json: 2 }[format] ?? 0]),
    setPreference: (key, value) => call('mm_web_set_pref', 'number', ['string', 'string'], [key, value]) === 1,
    // lang, theme, view or preset as a string; null for another key.
    getPreference: (key) => (['lang', 'theme', 'view', 'preset'].includes(key) ?
      call('mm_web_get_pref', 'string', ['string'], [key]) : null),
    // {x, y, w, h} in CSS pixels of the page (what a tap or click takes) of a widget drawn in the last frame, or
    // null: tab.panorama, tab.criteria, tab.workload, tab.decision, weight.<criterion>, lang.fr, menu.file, ...
    widgetRect: (name) => {
      const r = callJson('mm_web_widget_rect', ['string'], [String(name)]);
      if (!r) return null;
      const box = canvas.getBoundingClientRect();
      const sx = box.width / canvas.width, sy = box.height / canvas.height;
      return { x: box.left + r.x * sx, y: box.top + r.y * sy, w: r.w * sx, h: r.h * sy };
    },
    notifications: () => callJson('mm_web_notifications'),
    // Text cut on the left or right in the last frame: [{window, count, sample}] (none when everything fits).
    clippedText: () => callJson('mm_web_clipped_text'),
    frameCount: () => Number(Module._mm_web_frame_count()),
    // True once the catalog's details (figure notes, model texts) are loaded.
    catalogDetails: () => Module._mm_web_catalog_details() === 1,
    // The self-hosting estimate of the model card ({model, device, quant, context, batch, kv_quant, devices}, as
    // the CLI's `selfhost`): {ok, errors, estimate}.
    selfhost: (r) => callJson('mm_web_selfhost', ['string', 'string', 'string', 'number', 'number', 'string', 'number'],
      [String(r.model || ''), String(r.device || ''), String(r.quant || 'q4_k_m'), Number(r.context || 4096),
        Number(r.batch || 1), String(r.kv_quant || 'f16'), Number(r.devices || 1)]),
    inputQueueSize: () => Module._mm_web_input_queue_size(),
  };
  window.ModelMatrix = api;
})();
