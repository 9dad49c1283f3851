// JS side of the C++ <-> page bridge: C++ calls these; the page API lives in web/mm_boot.js.
mergeInto(LibraryManager.library, {
  mm_js_first_frame: function () {
    if (Module.mmOnFirstFrame) Module.mmOnFirstFrame();
  },
  // Sets the canvas backing store (device pixels); the CSS size stays in the stylesheet.
  mm_js_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);
  },
  mm_js_today: function (buffer, size) {
    const d = new Date();
    const iso = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' +
      String(d.getDate()).padStart(2, '0');
    stringToUTF8(iso, buffer, size);
  },
  // The catalog text from build/site/catalog.js (malloc'd UTF-8; the caller frees it).
  mm_js_catalog_text: function () {
    const text = globalThis.MM_CATALOG_JSON || '';
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  },
  mm_js_fatal: function (message) {
    if (Module.mmOnFatal) Module.mmOnFatal(UTF8ToString(message));
  },
});
