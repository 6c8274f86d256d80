// kg view's page on the bundled example, in headless chromium: what the
// page shows must be what kg's commands say about the same graph.
//
//   node tests/viewer/view_test.mjs KG_BINARY SOURCE_DIR SCRATCH_DIR
//
// Writes SCRATCH_DIR/{x.jsonl,x.json,x.html,ego.json,view.png,screenshot.png}.
// Exit 0 all passed, 1 a check failed (each failure names what differed),
// 77 chromium or puppeteer-core is missing (CTest reports it skipped).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {openPage} from './browser.mjs';
import {checkRunner, setUp, show, skipUnlessBrowser} from './checks.mjs';
import {edtfRange, overlaps, windowRange} from './edtf.mjs';
import {checkEdtf} from './edtf_selftest.mjs';
import {kgRunner} from './kg_cli.mjs';
import {pngStats} from './png_pixels.mjs';

const [kgBinary, sourceDir, scratch] = process.argv.slice(2);
if (!scratch) {
  console.error('usage: view_test.mjs KG_BINARY SOURCE_DIR SCRATCH_DIR');
  process.exit(2);
}
skipUnlessBrowser();
checkEdtf();

// What kg says about the example.
fs.rmSync(scratch, {recursive: true, force: true});
fs.mkdirSync(scratch, {recursive: true});
const file = (name) => path.join(scratch, name);
const kg = kgRunner(kgBinary);
const {stats, windowStats, kgPath, graph, egoGraph, triples} = setUp(() => {
  kg('extract', path.join(sourceDir, 'examples', 'xi-foreign-policy.txt'), '-o', file('x.jsonl'));
  kg('build', file('x.jsonl'), '-o', file('x.json'));
  kg('build', file('x.jsonl'), '-o', file('x.html'));
  const stats = JSON.parse(kg('stats', file('x.json'), '--json'));
  const windowStats = JSON.parse(kg('stats', file('x.json'), '--since', '2013', '--until', '2015', '--json'));
  const kgPath = JSON.parse(kg('path', 'Mark Carney', 'Vladimir Putin', file('x.json'), '--json'));
  kg('build', file('x.json'), '--around', 'Vladimir Putin', '--depth', '1', '-o', file('ego.json'));
  const graph = JSON.parse(fs.readFileSync(file('x.json'), 'utf8'));
  const egoGraph = JSON.parse(fs.readFileSync(file('ego.json'), 'utf8'));
  const triples = fs.readFileSync(file('x.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return {stats, windowStats, kgPath, graph, egoGraph, triples};
});

const idOfName = new Map(graph.actors.map((a) => [a.name, a.id]));
const collapse = (text) => String(text).replace(/\s+/g, ' ').trim();
// An edge as the page's visible() and kg's graph file both describe it.
const edgeKey = (e) => [e.source, e.target, e.relation, e.date || ''].join(' | ');

const run = checkRunner();
let view;
try {
  view = await openPage(file('x.html'));
} catch (error) {
  console.log(`FAIL - the page loads and kgView.ready resolves: ${error.message}`);
  for (const problem of error.problems || []) console.log(`  ${problem}`);
  process.exit(1);
}
const {page} = view;
const call = (fn, ...args) => page.evaluate(fn, ...args);
console.log(`page ready in ${(view.loadMs / 1000).toFixed(2)} s`);

await run.check('the controls the tests click exist', async () => {
  const ids = ['kg-search', 'kg-panel', 'kg-from', 'kg-to', 'kg-play', 'kg-filters',
               'kg-path-mode', 'kg-ego-mode', 'kg-export-png'];
  const missing = await call((all) => all.filter((id) => !document.getElementById(id)), ids);
  assert.deepEqual(missing, [], `missing DOM ids: ${missing.map((id) => '#' + id).join(' ')}`);
});

await run.check('counts() equal kg stats', async () => {
  const counts = await call(() => kgView.counts());
  const expected = {actors: stats.actors, events: stats.edges, affiliations: stats.affiliations};
  assert.deepEqual(counts, expected, `counts() ${show(counts)}, kg stats ${show(expected)}`);
});

await run.check('with no filter and no window, visible() is the whole graph', async () => {
  const visible = await call(() => kgView.visible());
  assert.equal(visible.actors, graph.actors.length,
               `visible().actors ${visible.actors}, the graph has ${graph.actors.length}`);
  const shown = visible.edges.map(edgeKey).sort();
  const all = graph.edges.map(edgeKey).sort();
  assert.deepEqual(shown, all, `visible().edges differ from the graph's ${all.length} edges`);
});

await run.check('the panel starts closed; typing "Putin" and Enter in #kg-search opens his panel', async () => {
  const before = await call(() => kgView.panelText());
  assert.equal(before, '', `panelText() before any click: ${show(before, 200)}`);
  await page.type('#kg-search', 'Putin');
  await page.keyboard.press('Enter');
  const panel = collapse(await call(() => kgView.panelText()));
  assert.ok(panel.includes('Vladimir Putin'), `after Enter the panel reads ${show(panel, 300)}`);
});

await run.check('search("Putin") selects vladimir-putin and the panel shows his evidence', async () => {
  const id = await call(() => kgView.search('Putin'));
  assert.equal(id, 'vladimir-putin', `search("Putin") returned ${show(id)}`);
  const panel = collapse(await call(() => kgView.panelText()));
  const sentences = [...new Set(triples
      .filter((t) => t.subject_id === 'vladimir-putin' || t.object_id === 'vladimir-putin')
      .map((t) => collapse(t.sentence)))];
  assert.ok(sentences.length > 0, 'the example has no triple about vladimir-putin');
  assert.ok(panel.includes('Vladimir Putin'), `the panel does not name Vladimir Putin: ${show(panel, 300)}`);
  assert.ok(sentences.some((s) => panel.includes(s)),
            `the panel holds none of Putin's ${sentences.length} evidence sentences ` +
            `(first: ${show(sentences[0], 200)}); panel: ${show(panel, 300)}`);
});

await run.check('the open panel is on top: no part of the graph is drawn over it', async () => {
  // What is under a grid of points across the panel, as a click would find
  // it. Cytoscape resizes its canvas to the narrower graph a few frames
  // after the panel opens (ResizeObserver): a second is given for that.
  const coveredPoints = () => call(() => {
    const panel = document.getElementById('kg-panel');
    const box = panel.getBoundingClientRect();
    const hits = [];
    for (let y = box.top + 5; y < box.bottom - 5; y += 40) {
      for (let x = box.left + 5; x < box.right - 5; x += 40) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !panel.contains(hit)) hits.push(`${hit.tagName.toLowerCase()} at (${Math.round(x)}, ${Math.round(y)})`);
      }
    }
    return {box: [box.left, box.top, box.width, box.height].map(Math.round), hits};
  });
  let covered = await coveredPoints();
  for (let waited = 0; covered.hits.length && waited < 1000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    covered = await coveredPoints();
  }
  assert.ok(covered.box[2] > 0 && covered.box[3] > 0, `the panel is not shown: ${show(covered.box)}`);
  assert.deepEqual(covered.hits, [], `${covered.hits.length} points of the panel (x, y, w, h ${show(covered.box)}) ` +
                   `are still under another element after 1 s, e.g. ${covered.hits.slice(0, 3).join(', ')}`);
});

await run.check('search resolves names as kg neighbors does (case, diacritics, surnames, no one)', async () => {
  const queries = ['vladimir PUTIN', 'Nguyen Phu Trong', 'to lam', 'Takaichi', 'no such actor at all'];
  // kg's answer: the id `kg neighbors` resolves the name to, null when it finds no one.
  const expected = queries.map((q) => {
    try {
      return JSON.parse(kg('neighbors', q, file('x.json'), '--json')).id;
    } catch {
      return null;
    }
  });
  const found = await call((all) => all.map((q) => kgView.search(q)), queries);
  assert.deepEqual(found, expected, `search(${show(queries)}) gave ${show(found)}, kg ${show(expected)}`);
});

await run.check('setWindow("2013", "2015") shows exactly the relations dated within it', async () => {
  await call(() => kgView.setWindow('2013', '2015'));
  const window = await call(() => kgView.window());
  assert.deepEqual(window, {from: '2013', to: '2015'}, `window() ${show(window)}`);
  const visible = await call(() => kgView.visible());
  const range = windowRange('2013', '2015');
  const outside = visible.edges.filter((e) => {
    const r = edtfRange(e.date);
    return r === null || !overlaps(r, range);
  });
  assert.deepEqual(outside, [], `${outside.length} visible edge(s) outside 2013-2015: ${show(outside)}`);
  const expected = graph.edges.filter((e) => {
    const r = edtfRange(e.date);
    return r !== null && overlaps(r, range);
  }).map(edgeKey).sort();
  assert.equal(expected.length, windowStats.edges + windowStats.affiliations,
               'the test reads the window differently from kg stats --since 2013 --until 2015');
  assert.deepEqual(visible.edges.map(edgeKey).sort(), expected,
                   `visible() shows ${visible.edges.length} edges, kg stats --since 2013 --until 2015 ` +
                   `${expected.length}`);
  await call(() => kgView.setWindow(null, null));
  const reset = await call(() => [kgView.window(), kgView.visible().edges.length]);
  assert.deepEqual(reset, [{from: null, to: null}, graph.edges.length],
                   `after setWindow(null, null): window() and visible edges ${show(reset)}`);
});

// The edges visible() shows and the window, read in one step (play moves it).
const windowAndEdges = () => call(() => ({window: kgView.window(), edges: kgView.visible().edges}));
const outsideWindow = ({window, edges}) => {
  const range = windowRange(window.from, window.to);
  return edges.filter((e) => edtfRange(e.date) === null || !overlaps(edtfRange(e.date), range));
};

await run.check('moving the slider\'s ends (#kg-from, #kg-to) sets a window that filters as kg stats --since/--until', async () => {
  await call(() => {
    for (const [id, share] of [['kg-from', 0.25], ['kg-to', 0.6]]) {
      const input = document.getElementById(id);
      const min = Number(input.min || 0), max = Number(input.max || 100);
      input.value = String(Math.round(min + share * (max - min)));
      input.dispatchEvent(new Event('input', {bubbles: true}));
      input.dispatchEvent(new Event('change', {bubbles: true}));
    }
  });
  const shown = await windowAndEdges();
  assert.ok(shown.window.from !== null && shown.window.to !== null,
            `after moving both ends, window() is ${show(shown.window)}`);
  const outside = outsideWindow(shown);
  assert.deepEqual(outside, [], `${outside.length} visible edge(s) outside ${show(shown.window)}: ${show(outside)}`);
  const kgCount = JSON.parse(kg('stats', file('x.json'), '--since', shown.window.from, '--until', shown.window.to, '--json'));
  assert.equal(shown.edges.length, kgCount.edges + kgCount.affiliations,
               `the window ${show(shown.window)} shows ${shown.edges.length} edges, kg stats --since/--until ` +
               `${kgCount.edges + kgCount.affiliations}`);
  await call(() => kgView.setWindow(null, null));
});

await run.check('#kg-play moves the window, every shown relation stays within it, a second click stops it', async () => {
  await page.click('#kg-play');
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const first = await windowAndEdges();
  await sleep(2500);
  const later = await windowAndEdges();
  await page.click('#kg-play');
  const stopped = await call(() => kgView.window());
  await sleep(1500);
  const stillStopped = await call(() => kgView.window());
  await call(() => kgView.setWindow(null, null));
  assert.ok(first.window.from !== null || first.window.to !== null, `play set no window: ${show(first.window)}`);
  assert.notDeepEqual(later.window, first.window, `the window did not move in 2.5 s: ${show(first.window)}`);
  for (const sample of [first, later]) {
    const outside = outsideWindow(sample);
    assert.deepEqual(outside, [], `while playing, ${outside.length} edge(s) outside ${show(sample.window)}: ${show(outside)}`);
  }
  assert.deepEqual(stillStopped, stopped, `after the second click the window moved on: ${show(stopped)} -> ${show(stillStopped)}`);
});

// Clicks the checkbox of #kg-filters whose label reads `text`.
async function clickFilter(text) {
  const handle = await page.evaluateHandle((wanted) => {
    for (const label of document.querySelectorAll('#kg-filters label')) {
      const box = label.querySelector('input[type=checkbox]');
      if (box && label.textContent.trim() === wanted) return box;
    }
    return null;
  }, text);
  const box = handle.asElement();
  assert.ok(box, `#kg-filters has no checkbox labelled "${text}"`);
  await box.click();
}

await run.check('unticking "material conflict" in #kg-filters hides exactly the quad class 4 relations', async () => {
  await clickFilter('material conflict');
  const shown = (await call(() => kgView.visible().edges)).map(edgeKey).sort();
  await clickFilter('material conflict');
  const expected = graph.edges.filter((e) => e.quad_class !== 4).map(edgeKey).sort();
  const kgCount = JSON.parse(kg('stats', file('x.json'), '--quad', '1,2,3', '--json'));
  assert.equal(expected.length, kgCount.edges + graph.edges.filter((e) => e.kind === 'affiliation').length,
               'the test and kg stats --quad 1,2,3 disagree on the quad 4 relations');
  assert.deepEqual(shown, expected, `${shown.length} edges shown, ${expected.length} expected (all but quad class 4)`);
  const restored = await call(() => kgView.visible().edges.length);
  assert.equal(restored, graph.edges.length, `ticking it again shows ${restored} of ${graph.edges.length} edges`);
});

await run.check('unticking "person" in #kg-filters hides every person and their relations', async () => {
  await clickFilter('person');
  const shown = await call(() => kgView.visible());
  await clickFilter('person');
  const type = new Map(graph.actors.map((a) => [a.id, a.type]));
  const persons = graph.actors.filter((a) => a.type === 'person').length;
  const expected = graph.edges.filter((e) => type.get(e.source) !== 'person' && type.get(e.target) !== 'person')
      .map(edgeKey).sort();
  assert.equal(shown.actors, graph.actors.length - persons,
               `${shown.actors} actors shown, ${graph.actors.length - persons} are not persons`);
  assert.deepEqual(shown.edges.map(edgeKey).sort(), expected,
                   `${shown.edges.length} edges shown, ${expected.length} join no person`);
});

await run.check('path("Mark Carney", "Vladimir Putin") gives the hops of kg path', async () => {
  const hops = await call(() => kgView.path('Mark Carney', 'Vladimir Putin'));
  const expected = kgPath.paths[0].hops.map((h) => ({
    source: idOfName.get(h.from), target: idOfName.get(h.to), relation: h.evidence.relation,
    date: h.evidence.date || '', sentence: h.evidence.sentence}));
  const got = (hops || []).map((h) => ({source: h.source, target: h.target, relation: h.relation,
                                        date: h.date || '', sentence: h.sentence}));
  assert.deepEqual(got, expected, `kgView.path: ${show(got)}; kg path --json: ${show(expected)}`);
});

await run.check('png() and a screenshot are written and are not blank', async () => {
  const dataUrl = await call(() => kgView.png());
  const prefix = 'data:image/png;base64,';
  assert.ok(typeof dataUrl === 'string' && dataUrl.startsWith(prefix),
            `png() resolved to ${show(String(dataUrl).slice(0, 60))}, not a PNG data URL`);
  fs.writeFileSync(file('view.png'), Buffer.from(dataUrl.slice(prefix.length), 'base64'));
  await page.screenshot({path: file('screenshot.png')});
  for (const name of ['view.png', 'screenshot.png']) {
    const s = pngStats(fs.readFileSync(file(name)));
    console.log(`  ${file(name)}: ${s.width}x${s.height}, ${s.colours} colours, ` +
                `${(100 * s.dominantShare).toFixed(1)}% background`);
    // A drawn graph: coloured, anti-aliased nodes and edges on a background.
    assert.ok(s.width >= 100 && s.height >= 100, `${name} is ${s.width}x${s.height}`);
    assert.ok(s.colours >= 16 && s.dominantShare <= 0.99,
              `${name} looks blank: ${s.colours} colours, one covers ${(100 * s.dominantShare).toFixed(2)}%`);
  }
});

await run.check('#kg-export-png downloads a PNG that is not blank', async () => {
  const downloads = file('downloads');
  fs.mkdirSync(downloads);
  const session = await view.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: downloads});
  await page.click('#kg-export-png');
  let names = [];
  for (let waited = 0; waited < 10000; waited += 100) {
    names = fs.readdirSync(downloads);
    if (names.length && names.every((n) => !n.endsWith('.crdownload'))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(names.length, 1, `downloads after the click: ${show(names)}`);
  assert.ok(names[0].endsWith('.png'), `the download is named ${names[0]}`);
  const s = pngStats(fs.readFileSync(path.join(downloads, names[0])));
  assert.ok(s.colours >= 16 && s.dominantShare <= 0.99,
            `${names[0]} looks blank: ${s.colours} colours, one covers ${(100 * s.dominantShare).toFixed(2)}%`);
});

await run.check('ego("Vladimir Putin", 1) shows the actors of kg build --around "Vladimir Putin" --depth 1', async () => {
  const ids = await call(() => kgView.ego('Vladimir Putin', 1));
  const expected = egoGraph.actors.map((a) => a.id).sort();
  assert.deepEqual([...(ids || [])].sort(), expected, `ego(): ${show(ids)}; kg: ${show(expected)}`);
});

// Last: every interaction above counts as normal use.
await run.check('no console error or warning, no failed or network request', async () => {
  assert.deepEqual(view.problems, [], view.problems.join('\n  '));
});
await view.close();
run.finish();
