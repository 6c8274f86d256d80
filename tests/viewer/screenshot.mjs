// Writes a screenshot of a kg page once it is drawn and laid out, for the
// README and for looking at a page without a desktop.
//
//   node tests/viewer/screenshot.mjs out/xi-foreign-policy.html out/xi-foreign-policy.png [SEARCH]
//
// SEARCH (optional) is typed into the search box first, which opens that
// actor's panel. Exit 0 written, 1 failed, 77 no chromium or node_modules.

import {openPage} from './browser.mjs';
import {skipUnlessBrowser} from './checks.mjs';

const [page, out, search] = process.argv.slice(2);
if (!out) {
  console.error('usage: screenshot.mjs PAGE.html OUT.png [SEARCH]');
  process.exit(2);
}
skipUnlessBrowser();
let view;
try {
  view = await openPage(page, {timeoutMs: 120000});
  if (search) {
    await view.page.evaluate((text) => kgView.search(text), search);
    // The graph's canvas follows the narrower area a few frames later.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await view.page.screenshot({path: out});
  console.log(`wrote ${out} (page ready in ${(view.loadMs / 1000).toFixed(2)} s)`);
  for (const problem of view.problems) console.log(`warning: ${problem}`);
} catch (error) {
  console.error(`screenshot.mjs: ${page}: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (view) await view.close();
}
