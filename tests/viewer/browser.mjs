// Opens a kg page in Debian's headless chromium (puppeteer-core) and
// records everything the page must not do: console errors and warnings,
// uncaught exceptions, requests that leave the file (the page works
// offline, so any request that is not file:, data: or blob: is aborted
// and reported).
//
//   const skip = skipReason();              // why the browser tests cannot run, or ''
//   const view = await openPage('/tmp/x/x.html');
//   await view.page.evaluate(() => kgView.counts());
//   view.problems;                          // ["console error: ...", ...]
//   await view.close();

import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The chromium the tests drive: $KG_CHROMIUM, else Debian's. */
export const chromiumPath = process.env.KG_CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here ('' when they can). */
export function skipReason() {
  if (!fs.existsSync(chromiumPath)) {
    return `${chromiumPath} not found (apt-get install chromium, or set KG_CHROMIUM)`;
  }
  if (!fs.existsSync(path.join(here, 'node_modules', 'puppeteer-core'))) {
    return `puppeteer-core not installed (npm ci --prefix ${here})`;
  }
  return '';
}

const kLocalSchemes = new Set(['file:', 'data:', 'blob:', 'about:']);

/**
 * Opens `htmlFile` and waits for `kgView.ready` (at most `timeoutMs`).
 * Returns {page, browser, problems, loadMs, close}; loadMs runs from navigation to
 * ready, layout included.
 */
export async function openPage(htmlFile, {timeoutMs = 60000, width = 1280, height = 800} = {}) {
  // Imported here, not at the top, so that a missing node_modules is
  // reported by skipReason() rather than as an import error.
  const {default: puppeteer} = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
    args: ['--no-sandbox', '--disable-dev-shm-usage', `--window-size=${width},${height}`],
    defaultViewport: {width, height},
    protocolTimeout: Math.max(180000, timeoutMs * 2),
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') {
        const where = message.location();
        problems.push(`console ${message.type()}: ${message.text()}` +
                      (where && where.url ? ` (${where.url}:${where.lineNumber})` : ''));
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => {
      const failure = request.failure();
      problems.push(`failed request: ${request.url().slice(0, 200)}` +
                    (failure ? ` (${failure.errorText})` : ''));
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (kLocalSchemes.has(new URL(url).protocol)) {
        request.continue();
      } else {
        problems.push(`network request (the page must work offline): ${url.slice(0, 200)}`);
        request.abort();
      }
    });
    const started = performance.now();
    await page.goto(pathToFileURL(htmlFile).href, {waitUntil: 'load', timeout: timeoutMs});
    const hasApi = await page.evaluate(() => typeof window.kgView === 'object' && window.kgView !== null &&
                                             typeof window.kgView.ready?.then === 'function');
    if (!hasApi) throw new Error(`${htmlFile}: no window.kgView with a ready Promise after load`);
    const remaining = Math.max(1, timeoutMs - (performance.now() - started));
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(
          `${htmlFile}: kgView.ready not resolved within ${timeoutMs / 1000} s`)), remaining);
    });
    try {
      await Promise.race([page.evaluate(() => window.kgView.ready.then(() => true)), timeout]);
    } finally {
      clearTimeout(timer);
    }
    const loadMs = performance.now() - started;
    return {page, browser, problems, loadMs, close: () => browser.close()};
  } catch (error) {
    await browser.close();
    error.problems = problems;
    throw error;
  }
}
