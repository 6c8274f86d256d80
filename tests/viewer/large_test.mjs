// kg view's page on a generated graph of 5,000 actors / 20,000 relations
// (the largest the issue asks the page to handle unfiltered), in headless
// chromium: it loads within a generous bound, shows every element, and
// answers a search and a time window. Prints the times, for the README.
// With --over-limit, a graph past those limits (6,000 / 24,000): kg build
// warns and suggests --around, and the page starts with a filtered view.
//
//   node tests/viewer/large_test.mjs KG_BINARY SCRATCH_DIR [BOUND_SECONDS] [--over-limit]
//
// Exit 0 passed, 1 failed, 77 chromium or puppeteer-core is missing.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {openPage} from './browser.mjs';
import {checkRunner, setUp, show, skipUnlessBrowser} from './checks.mjs';
import {generatedTriples} from './generated_triples.mjs';
import {kgRunner} from './kg_cli.mjs';

const overLimit = process.argv.includes('--over-limit');
const [kgBinary, scratch, boundArg] = process.argv.slice(2).filter((a) => a !== '--over-limit');
if (!scratch) {
  console.error('usage: large_test.mjs KG_BINARY SCRATCH_DIR [BOUND_SECONDS] [--over-limit]');
  process.exit(2);
}
skipUnlessBrowser();
const boundSeconds = Number(boundArg || 120);
// The limits for an unfiltered page; past them the page starts filtered.
const kMaxActors = 5000, kMaxRelations = 20000;
const [kActors, kRelations] = overLimit ? [6000, 24000] : [kMaxActors, kMaxRelations];

fs.rmSync(scratch, {recursive: true, force: true});
fs.mkdirSync(scratch, {recursive: true});
const file = (name) => path.join(scratch, name);
const kg = kgRunner(kgBinary);
const {stats, buildWarnings} = setUp(() => {
  fs.writeFileSync(file('large.jsonl'), generatedTriples({actors: kActors, relations: kRelations, seed: 15}));
  kg('build', file('large.jsonl'), '-o', file('large.json'));
  const started = performance.now();
  const {stderr} = kg.withStderr('build', file('large.json'), '-o', file('large.html'));
  console.log(`kg build -o large.html: ${((performance.now() - started) / 1000).toFixed(2)} s, ` +
              `${(fs.statSync(file('large.html')).size / 1e6).toFixed(1)} MB`);
  return {stats: JSON.parse(kg('stats', file('large.json'), '--json')),
          buildWarnings: stderr.split('\n').filter((line) => line.includes('warning'))};
});
let started;

const run = checkRunner();
await run.check(`the generated graph has ${kActors} actors and ${kRelations} relations`, async () => {
  assert.deepEqual([stats.actors, stats.edges], [kActors, kRelations],
                   `kg stats: ${stats.actors} actors, ${stats.edges} edges`);
});

let view;
try {
  view = await openPage(file('large.html'), {timeoutMs: boundSeconds * 1000});
} catch (error) {
  console.log(`FAIL - the page loads and kgView.ready resolves within ${boundSeconds} s: ${error.message}`);
  for (const problem of error.problems || []) console.log(`  ${problem}`);
  process.exit(1);
}
const {page} = view;
const call = (fn, ...args) => page.evaluate(fn, ...args);
console.log(`page load + layout (navigation to kgView.ready): ${(view.loadMs / 1000).toFixed(2)} s ` +
            `(bound ${boundSeconds} s)`);
// kgView.timings() is the page's own account of its steps (ms), outside the
// contract: printed when the page has it, for the README's figures.
const timings = await call(() => (typeof kgView.timings === 'function' ? kgView.timings() : null));
if (timings) console.log(`  page steps (ms): ${show(timings)}`);

await run.check('counts() equal kg stats', async () => {
  const counts = await call(() => kgView.counts());
  const expected = {actors: stats.actors, events: stats.edges, affiliations: stats.affiliations};
  assert.deepEqual(counts, expected, `counts() ${show(counts)}, kg stats ${show(expected)}`);
});

if (!overLimit) {
  await run.check('at this size kg build does not warn and the page starts unfiltered', async () => {
    assert.deepEqual(buildWarnings, [], 'kg build warned');
    const visible = await call(() => { const v = kgView.visible(); return [v.actors, v.edges.length]; });
    assert.deepEqual(visible, [stats.actors, stats.edges + stats.affiliations],
                     `visible() [actors, edges] ${show(visible)}`);
  });
} else {
  await run.check('past the limits kg build warns and suggests --around', async () => {
    assert.ok(buildWarnings.some((line) => line.includes('--around')),
              `kg build's warnings: ${show(buildWarnings)}`);
  });
  await run.check(`past the limits the page starts filtered, within ${kMaxActors} actors and ${kMaxRelations} relations`, async () => {
    const visible = await call(() => { const v = kgView.visible(); return [v.actors, v.edges.length]; });
    assert.ok(visible[0] <= kMaxActors && visible[1] <= kMaxRelations && visible[1] < stats.edges,
              `visible() [actors, edges] ${show(visible)} of ${stats.actors} actors, ${stats.edges} relations`);
  });
}

await run.check('a search and a time window answer', async () => {
  started = performance.now();
  const id = await call(() => kgView.search('Actor 04999'));
  const searchMs = performance.now() - started;
  assert.equal(id, 'gen-04999', `search("Actor 04999") returned ${show(id)}`);
  started = performance.now();
  const shown = await call(() => { kgView.setWindow('2000', '2004'); return kgView.visible().edges.length; });
  const windowMs = performance.now() - started;
  const expected = JSON.parse(kg('stats', file('large.json'), '--since', '2000', '--until', '2004', '--json'));
  // Past the limits the page may keep its own starting filter as well.
  const inWindow = expected.edges + expected.affiliations;
  assert.ok(overLimit ? shown <= inWindow : shown === inWindow,
            `setWindow("2000", "2004") shows ${shown} edges, kg stats --since/--until ${inWindow}`);
  console.log(`  search ${searchMs.toFixed(0)} ms, setWindow + visible() ${windowMs.toFixed(0)} ms`);
});

await run.check('no console error or warning, no failed or network request', async () => {
  assert.deepEqual(view.problems, [], view.problems.join('\n  '));
});
await view.close();
run.finish();
