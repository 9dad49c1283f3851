// Page side of ModelMatrix: the Emscripten Module configuration, the loading status, error display,
// and the window.ModelMatrix API (ready, version, getRanking, getProfile, setProfile).
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const progress = document.getElementById('progress');
  const errorBox = document.getElementById('error');
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // the error box reports failures; avoid an unhandled-rejection console error

  function showError(message) {
    statusBox.hidden = true;
    errorBox.hidden = false;
    errorBox.textContent = 'ModelMatrix could not start / ModelMatrix n’a pas pu démarrer : ' + message +
      ' — The desktop build (modelmatrix) runs the same tool offline.';
    rejectReady(new Error(message));
  }

  if (typeof WebAssembly !== 'object') {
    showError('this browser has no WebAssembly.');
    return;
  }
  if (!document.createElement('canvas').getContext('webgl2')) {
    showError('this browser has no WebGL 2.');
    return;
  }

  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showError('the WebGL context was lost; reload the page.');
  });

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) progress.value = (100 * Number(m[1])) / Number(m[2]);
    },
    monitorRunDependencies: () => {},
    onAbort: (what) => showError(String(what)),
    mmOnFatal: (message) => showError(message),
    mmOnFirstFrame: () => {
      statusBox.hidden = true;
      api.version = Module.ccall('mm_web_version', 'string', [], []);
      resolveReady(api);
    },
  };

  function callJson(name) {
    return JSON.parse(Module.ccall(name, 'string', [], []));
  }

  const api = {
    ready: ready,
    version: null,
    frameCount: () => Number(Module._mm_web_frame_count()),
    inputQueueSize: () => Module._mm_web_input_queue_size(),
    getRanking: () => callJson('mm_web_get_ranking'),
  };
  window.ModelMatrix = api;
})();
