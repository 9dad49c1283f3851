#!/usr/bin/env node
// Minifies the site's scripts in place with terser (Debian's node-terser; NODE_PATH=/usr/share/nodejs), for the
// first-visit budget (tests/browser/budget.sh).
//   minify_js.js FILE...               local names only: the file's top-level names stay as they are
//   minify_js.js --toplevel FILE...    top-level names too, except Module (the Emscripten glue, which the page
//                                      reaches only through Module; its imports and exports are strings)
'use strict';
const fs = require('fs');
const { minify } = require('terser');

async function main(args) {
  const toplevel = args[0] === '--toplevel';
  for (const file of toplevel ? args.slice(1) : args) {
    const result = await minify(fs.readFileSync(file, 'utf8'), {
      ecma: 2017, toplevel, compress: { passes: 2 }, mangle: { reserved: ['Module'] },
    });
    fs.writeFileSync(file, result.code);
  }
}

main(process.argv.slice(2)).catch((e) => { console.error('minify_js.js: ' + e.message); process.exit(1); });
