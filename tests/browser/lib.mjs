// Shared helpers for the browser tests: a loopback static server for build/site, Debian Chromium via
// playwright-core, request recording, a PNG decoder to tell a drawn frame from a blank one, and the self-hosting check.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const siteDir = process.env.MM_SITE_DIR || path.join(repoRoot, 'build', 'site');
export const artifactsDir = process.env.MM_ARTIFACTS_DIR || path.join(repoRoot, 'build', 'test-artifacts', 'browser');
fs.mkdirSync(artifactsDir, { recursive: true });

const kTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
};

// Serves `dir` on 127.0.0.1 (random port). Records every request path it serves.
export async function startServer(dir = siteDir) {
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    served.push(url.pathname);
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': kTypes[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, served, close: () => new Promise((r) => server.close(r)) };
}

export async function launchBrowser(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mm-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.MM_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic'],
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    hasTouch: options.hasTouch || false,
  });
  return {
    context,
    close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

// One Chromium for many sizes: each browser.newContext({viewport, deviceScaleFactor, hasTouch, isMobile}) is a
// fresh profile with its own device settings.
export async function launchShared() {
  return chromium.launch({
    executablePath: process.env.MM_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic'],
  });
}

// Attaches recorders to a page: every request URL, console errors, page errors.
export function record(page) {
  // `blocked`: requests the browser refused to send (Chromium reports them as failed with "csp"); they never leave the page.
  const log = { requests: [], blocked: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => {
    if (/csp/i.test((r.failure() && r.failure().errorText) || '')) log.blocked.push(r.url());
  });
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return log;
}

// Decodes an 8-bit RGB/RGBA non-interlaced PNG (what Chromium's screenshots are) into pixel statistics.
export function pngStats(buf) {
  let pos = 8;
  let width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); colorType = data[9]; }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      let p = 0;
      if (filter === 1) p = a; else if (filter === 2) p = b; else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) { const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c); }
      out[y * stride + x] = (v + p) & 255;
    }
  }
  const colors = new Set();
  for (let i = 0; i < out.length; i += bpp) colors.add((out[i] << 16) | (out[i + 1] << 8) | out[i + 2]);
  return { width, height, distinctColors: colors.size };
}

// Waits until the app has drawn `frames` more frames and ImGui's input queue is empty.
export async function settle(page, frames = 3) {
  const start = await page.evaluate(() => window.ModelMatrix.frameCount());
  await page.waitForFunction(([s, n]) => window.ModelMatrix.frameCount() >= s + n &&
    window.ModelMatrix.inputQueueSize() === 0, [start, frames]);
}

// The self-hosting data (in catalog-details.js) is attached: an 8B model fits a 24 GB card, a 70B one a 12 GB card not.
export async function assertSelfhost(page) {
  const small = await page.evaluate(() => window.ModelMatrix.selfhost(
    { model: 'llama-3.1-8b-instruct', device: 'rtx-4090', quant: 'q4_k_m', context: 8192 }));
  assert.equal(small.ok, true, JSON.stringify(small.errors));
  assert.equal(small.estimate.fits, true);
  assert.ok(small.estimate.weights_gib > 4 && small.estimate.weights_gib < 6, JSON.stringify(small.estimate));
  assert.ok(small.estimate.kv_gib > 0 && small.estimate.decode_tokens_per_s > 50, JSON.stringify(small.estimate));
  const large = await page.evaluate(() => window.ModelMatrix.selfhost(
    { model: 'llama-3.1-70b-instruct', device: 'rtx-3060-12gb', quant: 'q4_k_m', context: 8192 }));
  assert.equal(large.estimate.fits, false);
  const bad = await page.evaluate(() => window.ModelMatrix.selfhost({ model: 'llama-3.1-8b-instruct', device: 'no-such-gpu' }));
  assert.equal(bad.ok, false);
  assert.match(bad.errors.join(' '), /unknown device 'no-such-gpu'.*rtx-4090/);
}
