// JS side of the C++ <-> page bridge (linked with --js-library). C++ calls these; the page-level API,
// the postMessage protocol and the file picker live in web/mm_boot.js (window.MMPage).
function mmPage() { return globalThis.MMPage || {}; }
function mmString(text) {
  const size = lengthBytesUTF8(text) + 1;
  const ptr = _malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
}

mergeInto(LibraryManager.library, {
  $mmString: mmString,
  $mmPage: mmPage,

  mm_js_first_frame__deps: ['$mmPage'],
  mm_js_first_frame: function () { if (mmPage().onFirstFrame) mmPage().onFirstFrame(); },

  mm_js_fatal__deps: ['$mmPage'],
  mm_js_fatal: function (message) { if (mmPage().onFatal) mmPage().onFatal(UTF8ToString(message)); },

  // Sets the canvas backing store (device pixels); the CSS size stays in the stylesheet.
  mm_js_set_canvas_size: function (width, height) { Browser.setCanvasSize(width, height); },

  mm_js_today: function (buffer, size) {
    const d = new Date();
    const iso = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    stringToUTF8(iso, buffer, size);
  },

  // The catalog text from catalog.js (malloc'd UTF-8; the caller frees it).
  mm_js_catalog_text__deps: ['$mmString'],
  mm_js_catalog_text: function () { return mmString(globalThis.MM_CATALOG_JSON || ''); },
  // selfhost.json from catalog-details.js ("" before it has run).
  mm_js_selfhost_text__deps: ['$mmString'],
  mm_js_selfhost_text: function () { return mmString(globalThis.MM_SELFHOST_JSON || ''); },

  // URL query parameter (malloc'd; "" when absent) and the fragment without '#'.
  mm_js_url_param__deps: ['$mmString'],
  mm_js_url_param: function (name) {
    const v = new URLSearchParams(location.search).get(UTF8ToString(name));
    return mmString(v === null ? '' : v);
  },
  mm_js_hash__deps: ['$mmString'],
  mm_js_hash: function () { return mmString(location.hash.replace(/^#/, '')); },
  mm_js_clear_hash: function () {
    history.replaceState(null, '', location.pathname + location.search);
  },
  mm_js_page_url__deps: ['$mmString'],
  mm_js_page_url: function () { return mmString(location.href.replace(/#.*$/, '')); },
  mm_js_browser_lang__deps: ['$mmString'],
  mm_js_browser_lang: function () { return mmString((navigator.language || 'en').slice(0, 2).toLowerCase()); },
  mm_js_prefers_dark: function () {
    return (globalThis.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches) ? 1 : 0;
  },

  mm_js_prefers_reduced_motion: function () {
    return (globalThis.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches) ? 1 : 0;
  },

  // localStorage. Returns a malloc'd value, or 0 (with *status = 0 when absent, 1 when storage fails).
  mm_js_storage_get__deps: ['$mmString'],
  mm_js_storage_get: function (key, status) {
    try {
      const v = localStorage.getItem(UTF8ToString(key));
      HEAP32[status >> 2] = 0;
      return v === null ? 0 : mmString(v);
    } catch (e) {
      HEAP32[status >> 2] = 1;
      return 0;
    }
  },
  // Returns 0 on success, else a malloc'd error message (quota exceeded, storage disabled).
  mm_js_storage_set__deps: ['$mmString'],
  mm_js_storage_set: function (key, value) {
    try {
      localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
      return 0;
    } catch (e) {
      return mmString(e && e.name === 'QuotaExceededError' ? 'browser storage is full' : 'browser storage is unavailable');
    }
  },
  mm_js_storage_remove: function (key) {
    try { localStorage.removeItem(UTF8ToString(key)); return 1; } catch (e) { return 0; }
  },

  mm_js_copy_text__deps: ['$mmPage'],
  mm_js_copy_text: function (text) { if (mmPage().copyText) mmPage().copyText(UTF8ToString(text)); },
  mm_js_save_file__deps: ['$mmPage'],
  mm_js_save_file: function (name, mime, content) {
    if (mmPage().saveFile) mmPage().saveFile(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(content));
  },
  mm_js_open_file__deps: ['$mmPage'],
  mm_js_open_file: function (kind) { if (mmPage().openFile) mmPage().openFile(kind); },

  // Called when the ranking changed: the live region, <html lang>, results for the embedding page (which
  // fetches the ranking itself when a host wants it).
  mm_js_result_changed__deps: ['$mmPage'],
  mm_js_result_changed: function (lang, live_text) {
    document.documentElement.lang = UTF8ToString(lang);
    if (mmPage().onResult) mmPage().onResult(UTF8ToString(live_text));
  },
  // The text view's content or visibility changed: the page fetches it again (web/a11y.js).
  mm_js_text_view_changed__deps: ['$mmPage'],
  mm_js_text_view_changed: function (shown) { if (mmPage().onTextView) mmPage().onTextView(shown !== 0); },
  // Read-only embed: the app's own page without the embedding parameters, editable, in a new tab or window.
  mm_js_open_full_app: function () {
    const url = new URL(location.href);
    url.hash = '';
    for (const key of ['mode', 'origins']) url.searchParams.delete(key);
    window.open(url.href, '_blank', 'noopener');
  },
  mm_js_content_height__deps: ['$mmPage'],
  mm_js_content_height: function (css_pixels) { if (mmPage().onContentHeight) mmPage().onContentHeight(css_pixels); },
});
