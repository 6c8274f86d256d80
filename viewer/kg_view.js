// kg's page: draws the graph that export/html_writer.cc put in #kg-data
// with Cytoscape.js and fcose, and lets an analyst explore it - the evidence
// of an actor or a relation, a time window, filters, kg's path and an ego
// view. Plain ES2020, no build step. window.kgView is the test API the
// browser tests drive (tests/viewer/); every control calls the same code.
(function () {
  'use strict';

  // How long each step of opening the page took (ms), for kgView.timings().
  const timings = {};
  let clock = performance.now();
  const lap = (name) => { const now = performance.now(); timings[name] = Math.round(now - clock); clock = now; };
  const DATA = JSON.parse(document.getElementById('kg-data').textContent);
  lap('parse');
  const ACTORS = DATA.actors;
  const EDGES = DATA.edges;
  const $ = (id) => document.getElementById(id);

  // ---- Looks -------------------------------------------------------------
  // Okabe-Ito colours by CAMEO quad class, as kg's DOT and GEXF files use.
  const QUADS = [
    { quad: 1, name: 'verbal cooperation', color: '#56B4E9' },
    { quad: 2, name: 'material cooperation', color: '#009E73' },
    { quad: 3, name: 'verbal conflict', color: '#E69F00' },
    { quad: 4, name: 'material conflict', color: '#D55E00' },
  ];
  const OTHER_COLOR = '#999999';
  // Shapes follow kg's DOT drawing where Cytoscape has the shape.
  const TYPES = {
    person: { shape: 'ellipse', color: '#CC79A7' },
    country: { shape: 'round-rectangle', color: '#0072B2' },
    organization: { shape: 'hexagon', color: '#F0E442' },
    group: { shape: 'diamond', color: '#8E6C8A' },
    other: { shape: 'round-tag', color: '#BBBBBB' },
  };
  const typeOf = (a) => (a.type && TYPES[a.type] ? a.type : a.type || 'other');
  const looksOf = (type) => TYPES[type] || TYPES.other;
  const quadColor = (q) => (QUADS[q - 1] ? QUADS[q - 1].color : OTHER_COLOR);
  const isAffiliation = (e) => e.kind === 'affiliation';

  // Past this many elements the drawing trades looks for speed: fcose's
  // spectral "draft" layout only, straight edges without labels.
  const LARGE_NODES = 800;
  const LARGE_EDGES = 3000;
  const large = ACTORS.length > LARGE_NODES || EDGES.length > LARGE_EDGES;

  // ---- Names: graph/name_resolver.cc's rules ------------------------------
  // The actors' keys come folded by kg (FoldName, "keys" in the data); only
  // what is typed is folded here, the way base/name_fold.cc does: a Latin
  // letter to its lowercase ASCII base, other letters as written, every run
  // of other characters one space.
  const WORD = /[\p{L}\p{M}\p{Nd}\p{Nl}\p{No}]/u;
  const MARK = /\p{M}/u;
  const SPELT = {
    'æ': 'ae', 'ð': 'd', 'ø': 'o', 'þ': 'th', 'đ': 'd', 'ħ': 'h', 'ı': 'i',
    'ĸ': 'k', 'ł': 'l', 'ŋ': 'ng', 'œ': 'oe', 'ŧ': 't', 'ß': 'ss', 'ƀ': 'b',
    'ƈ': 'c', 'ƒ': 'f', 'ƙ': 'k', 'ƚ': 'l', 'ɓ': 'b', 'ɗ': 'd', 'ɨ': 'i',
    'ʉ': 'u', 'ȥ': 'z', 'ƶ': 'z', 'ƴ': 'y', 'ɍ': 'r', 'ɇ': 'e', 'ȼ': 'c',
  };
  function foldName(text) {
    let out = '';
    let space = false;
    for (const ch of String(text)) {
      if (!WORD.test(ch)) { space = true; continue; }
      if (space && out) out += ' ';
      space = false;
      if (ch.codePointAt(0) < 0x80) { out += ch.toLowerCase(); continue; }
      let ascii = '';
      let latin = true;
      for (const p of ch.normalize('NFKD').toLowerCase()) {
        if (p.codePointAt(0) < 0x80) { if (WORD.test(p)) ascii += p; }
        else if (SPELT[p]) ascii += SPELT[p];
        else if (MARK.test(p)) continue;  // an accent: dropped
        else if (WORD.test(p)) { latin = false; break; }  // another script
      }
      out += latin && ascii ? ascii : ch;
    }
    return out;
  }
  const containsWords = (folded, words) =>
    (' ' + folded + ' ').includes(' ' + words + ' ');
  const idIndex = new Map(ACTORS.map((a, v) => [a.id, v]));
  // The tests of ResolveActor, in order: the first that matches exactly one
  // actor wins; several at one test is ambiguous.
  const NAME_TESTS = [
    (k, f) => k.id === f,
    (k, f) => k.name === f,
    (k, f) => k.seen.includes(f),
    (k, f) => k.surname === f,
    (k, f) => k.first === f,
    (k, f) => f.includes(' ') &&
      (containsWords(k.name, f) || k.seen.some((s) => containsWords(s, f))),
  ];
  // {vertex} or {error}.
  function resolve(text) {
    if (idIndex.has(text)) return { vertex: idIndex.get(text) };
    const f = foldName(text);
    if (f) {
      for (const test of NAME_TESTS) {
        const found = [];
        ACTORS.forEach((a, v) => { if (test(a.keys, f)) found.push(v); });
        if (found.length === 1) return { vertex: found[0] };
        if (found.length > 1) {
          const listed = found.slice(0, 5).map((v) => display(v)).join(', ');
          return { error: `"${text}" is ambiguous: ${listed}` +
            (found.length > 5 ? ` and ${found.length - 5} more` : '') };
        }
      }
    }
    return { error: `no actor "${text}"` };
  }
  const display = (v) => ACTORS[v].name || ACTORS[v].id;

  // Names compare as kg's std::string does: by UTF-8 bytes, which is code
  // point order (JavaScript's < compares UTF-16 units).
  function compareNames(a, b) {
    const x = Array.from(a, (c) => c.codePointAt(0));
    const y = Array.from(b, (c) => c.codePointAt(0));
    for (let i = 0; i < Math.min(x.length, y.length); ++i)
      if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  }
  const byName = (v, w) => compareNames(ACTORS[v].name, ACTORS[w].name) || v - w;

  // ---- Dates ---------------------------------------------------------------
  // Days since 1970-01-01, as graph/date_range.h counts them.
  function dayNumber(y, m, d) {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return Math.round(t.getTime() / 86400000);
  }
  const daysInMonth = (y, m) => dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
  // "YYYY[-MM[-DD]]": its first day, or its last with `last`; null if bad.
  function parseDay(text, last) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(text));
    if (!m) return null;
    const y = +m[1];
    const mo = m[2] ? +m[2] : (last ? 12 : 1);
    if (mo < 1 || mo > 12) return null;
    const dim = daysInMonth(y, mo);
    const d = m[3] ? +m[3] : (last ? dim : 1);
    if (d < 1 || d > dim) return null;
    return dayNumber(y, mo, d);
  }
  function dayString(day) {
    const t = new Date(day * 86400000);
    return String(t.getUTCFullYear()).padStart(4, '0') + '-' +
      String(t.getUTCMonth() + 1).padStart(2, '0') + '-' +
      String(t.getUTCDate()).padStart(2, '0');
  }
  const edgeStart = (e) => (e.start === null ? -Infinity : e.start);
  const edgeEnd = (e) => (e.end === null ? Infinity : e.end);
  const dated = (e) => e.date !== '';

  // ---- The graph's structure ----------------------------------------------
  const incident = ACTORS.map(() => []);  // edge numbers, ascending
  EDGES.forEach((e, i) => {
    incident[e.source].push(i);
    if (e.target !== e.source) incident[e.target].push(i);
  });

  // graph/internal/path_search.cc's best evidence of a pair: highest
  // confidence, then dated before undated, then earliest start, then lowest
  // edge number.
  function betterEvidence(a, b) {
    const x = EDGES[a], y = EDGES[b];
    if (x.confidence !== y.confidence) return x.confidence > y.confidence;
    if (dated(x) !== dated(y)) return dated(x);
    if (dated(x) && edgeStart(x) !== edgeStart(y)) return edgeStart(x) < edgeStart(y);
    return a < b;
  }
  // The undirected hops of v (Hops with Walk::kBoth, no filter): one arc per
  // other actor, sorted by vertex, its evidence the best of the pair's edges
  // and its weight 1 / the sum of their confidences (in edge-number order,
  // so the sums round as kg's do). Self-loops are never hops.
  const arcCache = new Map();
  function arcs(v) {
    if (arcCache.has(v)) return arcCache.get(v);
    const inc = [];
    for (const i of incident[v]) {
      const e = EDGES[i];
      if (e.source === e.target) continue;
      const reversed = e.target === v;
      inc.push({ other: reversed ? e.source : e.target, edge: i, reversed });
    }
    inc.sort((a, b) => a.other - b.other || a.edge - b.edge);
    const out = [];
    for (let k = 0; k < inc.length;) {
      const arc = { to: inc[k].other, edge: inc[k].edge, reversed: inc[k].reversed };
      let evidence = EDGES[inc[k].edge].confidence || 0;
      for (++k; k < inc.length && inc[k].other === arc.to; ++k) {
        evidence += EDGES[inc[k].edge].confidence || 0;
        if (betterEvidence(inc[k].edge, arc.edge)) {
          arc.edge = inc[k].edge;
          arc.reversed = inc[k].reversed;
        }
      }
      arc.weight = 1 / Math.max(evidence, 1e-6);
      out.push(arc);
    }
    arcCache.set(v, out);
    return out;
  }
  function hopDistances(from) {
    const dist = new Map([[from, 0]]);
    const queue = [from];
    for (let h = 0; h < queue.length; ++h)
      for (const a of arcs(queue[h]))
        if (!dist.has(a.to)) { dist.set(a.to, dist.get(queue[h]) + 1); queue.push(a.to); }
    return dist;
  }
  const sameCost = (a, b) =>
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

  // graph/path_finder.cc's FindPaths, undirected and unweighted: of the
  // shortest paths, listed in the order of their (actor name, vertex)
  // sequences from `from` (the first 1000), the one whose hops' weights add
  // up least, the first on a tie. Returns its hops, or null when none.
  function shortestPath(from, to) {
    if (from === to) return [];
    const dFrom = hopDistances(from);
    if (!dFrom.has(to)) return null;
    const dTo = hopDistances(to);
    const best = dFrom.get(to);
    const onShortest = (v) => dFrom.has(v) && dTo.has(v) && dFrom.get(v) + dTo.get(v) === best;
    const children = (v) => arcs(v)
      .filter((a) => dFrom.get(a.to) === dFrom.get(v) + 1 && onShortest(a.to))
      .sort((a, b) => byName(a.to, b.to));
    const CANDIDATES = 1000;
    const paths = [];
    const walk = (v, hops) => {
      if (paths.length === CANDIDATES) return;
      if (v === to) { paths.push(hops.slice()); return; }
      for (const a of children(v)) {
        hops.push({ from: v, to: a.to, edge: a.edge, reversed: a.reversed, weight: a.weight });
        walk(a.to, hops);
        hops.pop();
        if (paths.length === CANDIDATES) return;
      }
    };
    walk(from, []);
    const cost = (p) => p.reduce((c, h) => c + h.weight, 0);
    let chosen = paths[0];
    let chosenCost = cost(chosen);
    for (const p of paths.slice(1)) {
      const c = cost(p);
      if (c < chosenCost && !sameCost(c, chosenCost)) { chosen = p; chosenCost = c; }
    }
    return chosen;
  }

  // The actors within `depth` hops of v, either direction, through every
  // edge: what `kg build --around NAME --depth N` keeps.
  function neighbourhood(v, depth) {
    const dist = new Map([[v, 0]]);
    const queue = [v];
    for (let h = 0; h < queue.length; ++h) {
      const u = queue[h];
      if (dist.get(u) >= depth) continue;
      for (const i of incident[u]) {
        const e = EDGES[i];
        const w = e.source === u ? e.target : e.source;
        if (!dist.has(w)) { dist.set(w, dist.get(u) + 1); queue.push(w); }
      }
    }
    return new Set(dist.keys());
  }

  // ---- State and what it shows ---------------------------------------------
  const allTypes = [...new Set(ACTORS.map(typeOf))].sort(compareNames);
  const allQuads = [...new Set(EDGES.filter((e) => !isAffiliation(e)).map((e) => e.quad_class))].sort();
  const allCategories = Object.keys(DATA.categories).sort();
  const hasAffiliations = EDGES.some(isAffiliation);
  const state = {
    window: null,  // {from, to, fromDay, toDay}
    quads: new Set(allQuads),
    categories: new Set(allCategories),
    affiliations: true,
    types: new Set(allTypes),
    ego: null,  // {vertex, depth, set}
    pathMode: false,
    pathEnds: [],
    path: null,  // hops
    selected: null,
  };

  function edgePasses(e) {
    if (isAffiliation(e)) {
      if (!state.affiliations) return false;
    } else {
      if (!state.quads.has(e.quad_class)) return false;
      if (e.category !== '' && !state.categories.has(e.category)) return false;
    }
    if (state.window) {
      // As EdgeFilter::Accepts: undated edges may have happened any time.
      if (!dated(e)) return false;
      if (!(edgeStart(e) <= state.window.toDay && state.window.fromDay <= edgeEnd(e))) return false;
    }
    return true;
  }
  const filtering = () => state.window !== null || state.quads.size < allQuads.length ||
    state.categories.size < allCategories.length || !state.affiliations;
  function actorShown(v) {
    if (!state.types.has(typeOf(ACTORS[v]))) return false;
    return !state.ego || state.ego.set.has(v);
  }
  // The vertices and edge numbers shown now. With an edge filter or a time
  // window, an actor none of whose edges is shown is hidden too (else a
  // window leaves thousands of dots); the ego centre always stays.
  function computeVisible() {
    const edges = [];
    const linked = new Set();
    EDGES.forEach((e, i) => {
      if (actorShown(e.source) && actorShown(e.target) && edgePasses(e)) {
        edges.push(i);
        linked.add(e.source);
        linked.add(e.target);
      }
    });
    const actors = [];
    const strict = filtering();
    ACTORS.forEach((a, v) => {
      if (!actorShown(v)) return;
      if (strict && !linked.has(v) && !(state.ego && state.ego.vertex === v)) return;
      actors.push(v);
    });
    return { actors, edges };
  }

  // ---- Drawing ---------------------------------------------------------------
  cytoscape.use(cytoscapeFcose);
  const degree = incident.map((l) => l.length);
  const maxDegree = degree.reduce((m, d) => Math.max(m, d), 1);
  const elements = [];
  ACTORS.forEach((a, v) => {
    const looks = looksOf(typeOf(a));
    elements.push({ group: 'nodes', data: {
      id: 'n' + v, v, label: a.name || a.id, shape: looks.shape, color: looks.color,
      size: Math.round(14 + 46 * Math.sqrt(degree[v] / maxDegree)) } });
  });
  EDGES.forEach((e, i) => {
    elements.push({ group: 'edges', data: {
      id: 'e' + i, i, source: 'n' + e.source, target: 'n' + e.target,
      color: isAffiliation(e) ? OTHER_COLOR : quadColor(e.quad_class),
      kind: e.kind, arrow: e.symmetric || isAffiliation(e) ? 'none' : 'triangle' } });
  });
  const style = [
    { selector: 'node', style: {
      'background-color': 'data(color)', shape: 'data(shape)',
      width: 'data(size)', height: 'data(size)', label: 'data(label)',
      'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-outline-color': '#ffffff', 'text-outline-width': 2,
      'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#555555' } },
    // A large graph names only the actors picked out (measuring thousands of
    // labels slows every frame).
    ...(large ? [
      { selector: 'node', style: { label: '', 'border-width': 0 } },
      { selector: 'node:selected, node.kg-path, node.kg-named', style: { label: 'data(label)' } },
    ] : []),
    { selector: 'edge', style: large ? {
      width: 1, 'line-color': 'data(color)', 'curve-style': 'straight', opacity: 0.6 } : {
      width: 1.5, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'data(arrow)', 'arrow-scale': 0.8, 'curve-style': 'bezier',
      opacity: 0.85 } },
    { selector: 'edge[kind = "affiliation"]', style: { 'line-style': 'dashed' } },
    { selector: '.kg-hidden', style: { display: 'none' } },
    { selector: '.kg-faded', style: { opacity: 0.12 } },
    { selector: 'node.kg-path', style: { 'border-width': 5, 'border-color': '#000000' } },
    { selector: 'edge.kg-path', style: { width: 6, opacity: 1, 'z-index': 10 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0072B2' } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
  ];
  const cy = cytoscape({
    container: $('kg-graph'), elements, style,
    minZoom: 0.02, maxZoom: 5,
    hideEdgesOnViewport: large, textureOnViewport: large, pixelRatio: large ? 1 : 'auto',
  });
  lap('elements');

  // A fixed seed for fcose's random start, so the same page draws the same
  // picture every time it is opened.
  function seeded(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  // Lays out `eles` (all by default). fcose ignores hidden elements, so a
  // graph past kg's limit (DATA.start) lays out only its first view, and
  // the Layout button lays out what a new window or filter shows.
  function runLayout(eles) {
    const began = performance.now();
    const random = Math.random;
    Math.random = seeded(15);
    try {
      (eles || cy.elements()).layout({
        name: 'fcose', quality: large ? 'draft' : 'default', randomize: true,
        animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: !large,
        idealEdgeLength: 90, nodeRepulsion: 9000, numIter: large ? 1000 : 2500,
      }).run();
    } finally {
      Math.random = random;
    }
    return performance.now() - began;
  }

  // Applies the state to the drawing: hidden and shown elements, the path.
  function applyView() {
    const shown = computeVisible();
    const nodeOn = new Set(shown.actors);
    const edgeOn = new Set(shown.edges);
    const pathNodes = new Set();
    const pathEdges = new Set();
    for (const h of state.path || []) { pathNodes.add(h.from); pathNodes.add(h.to); pathEdges.add(h.edge); }
    const hasPath = state.path !== null && state.path.length > 0;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const v = n.data('v');
        n.toggleClass('kg-hidden', !nodeOn.has(v));
        n.toggleClass('kg-path', pathNodes.has(v));
        n.toggleClass('kg-faded', hasPath && !pathNodes.has(v));
      });
      cy.edges().forEach((ed) => {
        const i = ed.data('i');
        ed.toggleClass('kg-hidden', !edgeOn.has(i));
        ed.toggleClass('kg-path', pathEdges.has(i));
        ed.toggleClass('kg-faded', hasPath && !pathEdges.has(i));
      });
    });
    $('kg-status').textContent = `${shown.actors.length} of ${ACTORS.length} actors, ` +
      `${shown.edges.length} of ${EDGES.length} relations shown` +
      (layoutMs !== null ? ` · layout ${Math.round(layoutMs)} ms` : '');
    return shown;
  }

  // ---- The side panel --------------------------------------------------------
  // Built with textContent only: a sentence is text, never markup.
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  const categoryText = (e) => isAffiliation(e) ? 'affiliation' :
    (e.category ? `${DATA.categories[e.category] || 'category'} (${e.category})` : 'no category');
  function relationBlock(i, from) {
    const e = EDGES[i];
    const box = el('div', 'kg-rel');
    const subject = display(e.source), object = display(e.target);
    const arrow = from === undefined || from === e.source
      ? `${subject} -${e.relation}-> ${object}` : `${object} <-${e.relation}- ${subject}`;
    box.appendChild(el('div', null, `${e.date || 'undated'} · ${arrow} · ${categoryText(e)}`));
    if (e.sentence) {
      box.appendChild(el('blockquote', null, e.sentence));
      box.appendChild(el('div', 'kg-where', `${e.doc}:${e.offset}`));
    } else {
      box.appendChild(el('div', 'kg-where', `(no sentence: ${e.rule || e.kind})`));
    }
    return box;
  }
  // kg neighbors' order: counterpart by name, dated before undated, by date.
  const byDate = (a, b) => {
    const x = EDGES[a], y = EDGES[b];
    return (dated(y) - dated(x)) || (edgeStart(x) - edgeStart(y)) || (edgeEnd(x) - edgeEnd(y)) || a - b;
  };
  function openPanel(title, fill) {
    const panel = $('kg-panel');
    panel.replaceChildren();
    const close = el('button', 'kg-close', '×');
    close.type = 'button';
    close.title = 'Close';
    close.addEventListener('click', closePanel);
    panel.appendChild(close);
    panel.appendChild(el('h2', null, title));
    fill(panel);
    panel.hidden = false;
    afterPanelResize();
  }
  function closePanel() {
    $('kg-panel').hidden = true;
    $('kg-panel').replaceChildren();
    afterPanelResize();
  }
  // The panel takes the graph's right side: Cytoscape only watches the
  // window, so the canvas is resized here, and the picked actor or relation
  // brought back into view if the panel now hides it.
  function afterPanelResize() {
    requestAnimationFrame(() => {
      cy.resize();
      const picked = cy.$(':selected');
      if (picked.empty()) return;
      const view = cy.extent(), box = picked.boundingBox();
      if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2)
        cy.center(picked);
    });
  }
  function showActor(v) {
    const a = ACTORS[v];
    openPanel(display(v), (panel) => {
      panel.appendChild(el('div', 'kg-meta', `${a.id} · ${a.type || 'other'}` + (a.code ? ` · ${a.code}` : '')));
      if (a.names.length) panel.appendChild(el('div', 'kg-meta', 'names seen: ' + a.names.join('; ')));
      const groups = new Map();
      for (const i of incident[v]) {
        const e = EDGES[i];
        const other = e.source === v ? e.target : e.source;
        if (!groups.has(other)) groups.set(other, []);
        groups.get(other).push(i);
      }
      panel.appendChild(el('div', 'kg-meta', `${incident[v].length} relations with ${groups.size} actors`));
      for (const other of [...groups.keys()].sort(byName)) {
        const list = groups.get(other).sort(byDate);
        panel.appendChild(el('h3', null, `${display(other)} (${list.length})`));
        for (const i of list) panel.appendChild(relationBlock(i, v));
      }
    });
  }
  // An edge's mentions: every edge between its two actors, this relation's first.
  function showEdge(i) {
    const e = EDGES[i];
    const pair = incident[e.source].filter((j) => {
      const f = EDGES[j];
      return (f.source === e.source && f.target === e.target) || (f.source === e.target && f.target === e.source);
    });
    const same = pair.filter((j) => EDGES[j].relation === e.relation).sort(byDate);
    const others = pair.filter((j) => EDGES[j].relation !== e.relation).sort(byDate);
    openPanel(`${display(e.source)} – ${display(e.target)}`, (panel) => {
      panel.appendChild(el('h3', null, `${e.relation}: ${same.length} mention${same.length === 1 ? '' : 's'}`));
      for (const j of same) panel.appendChild(relationBlock(j));
      if (others.length) {
        panel.appendChild(el('h3', null, `other relations between them (${others.length})`));
        for (const j of others) panel.appendChild(relationBlock(j));
      }
    });
  }
  function showPath(fromV, toV, hops) {
    openPanel(`Path: ${display(fromV)} → ${display(toV)}`, (panel) => {
      if (!hops) { panel.appendChild(el('div', 'kg-meta', `no path from ${display(fromV)} to ${display(toV)}`)); return; }
      panel.appendChild(el('div', 'kg-meta', `${hops.length} hop${hops.length === 1 ? '' : 's'}, as kg path finds it`));
      hops.forEach((h, k) => {
        panel.appendChild(el('h3', null, `${k + 1}. ${display(h.from)} → ${display(h.to)}`));
        panel.appendChild(relationBlock(h.edge, h.from));
      });
    });
  }

  // ---- Actions (the controls and kgView call these) -------------------------
  function select(v) {
    state.selected = v;
    cy.$(':selected').unselect();
    const node = cy.getElementById('n' + v);
    node.select();
    if (!node.hasClass('kg-hidden')) cy.animate({ center: { eles: node } }, { duration: 200 });
    showActor(v);
  }
  function setPath(fromV, toV) {
    const hops = shortestPath(fromV, toV);
    state.path = hops;
    applyView();
    showPath(fromV, toV, hops);
    // The status says what is shown, not the step that led to it.
    const n = hops ? hops.length : 0;
    $('kg-search-status').textContent = n
      ? `path: ${display(fromV)} to ${display(toV)}, ${n} hop${n === 1 ? '' : 's'}`
      : `no path from ${display(fromV)} to ${display(toV)}`;
    return hops;
  }
  function pickForPath(v) {
    state.pathEnds.push(v);
    if (state.pathEnds.length === 1) {
      state.path = null;
      applyView();
      $('kg-search-status').textContent = `path from ${display(v)}: pick the other end`;
      showActor(v);
      return;
    }
    const [a, b] = state.pathEnds;
    state.pathEnds = [];
    $('kg-search-status').textContent = '';
    setPath(a, b);
  }
  function setPathMode(on) {
    state.pathMode = on;
    state.pathEnds = [];
    if (!on) { state.path = null; applyView(); }
    $('kg-path-mode').setAttribute('aria-pressed', String(on));
    $('kg-search-status').textContent = on ? 'path: pick the first actor' : '';
  }
  function setEgo(v, depth) {
    state.ego = v === null ? null : { vertex: v, depth, set: neighbourhood(v, depth) };
    $('kg-ego-mode').setAttribute('aria-pressed', String(state.ego !== null));
    const shown = applyView();
    if (state.ego) cy.fit(cy.nodes().not('.kg-hidden'), 40);
    return shown;
  }

  // ---- Time window --------------------------------------------------------
  // The sliders count months from the first to the last month of a dated
  // edge; both at their ends mean no window (undated relations shown).
  const finiteDays = [];
  for (const e of EDGES) {
    if (!dated(e)) continue;
    if (e.start !== null) finiteDays.push(e.start);
    if (e.end !== null) finiteDays.push(e.end);
  }
  const monthOf = (day) => { const t = new Date(day * 86400000); return t.getUTCFullYear() * 12 + t.getUTCMonth(); };
  const firstMonth = finiteDays.length ? monthOf(finiteDays.reduce((m, d) => Math.min(m, d))) : 0;
  const lastMonth = finiteDays.length ? monthOf(finiteDays.reduce((m, d) => Math.max(m, d))) : 0;
  const monthText = (m) => `${String(Math.floor(m / 12)).padStart(4, '0')}-${String(m % 12 + 1).padStart(2, '0')}`;
  for (const id of ['kg-from', 'kg-to']) {
    $(id).min = '0';
    $(id).max = String(lastMonth - firstMonth);
    $(id).disabled = !finiteDays.length;
  }
  function placeSliders() {
    const clamp = (m) => Math.max(0, Math.min(lastMonth - firstMonth, m - firstMonth));
    $('kg-from').value = String(state.window && state.window.fromDay > -Infinity ? clamp(monthOf(state.window.fromDay)) : 0);
    $('kg-to').value = String(state.window && state.window.toDay < Infinity ? clamp(monthOf(state.window.toDay)) : lastMonth - firstMonth);
    $('kg-window-label').textContent = state.window
      ? `${state.window.from || '…'} to ${state.window.to || '…'}` : 'all dates';
  }
  // from/to: "YYYY[-MM[-DD]]" or null (open); both null: no window.
  function setWindow(from, to) {
    from = from === undefined || from === '' ? null : from;
    to = to === undefined || to === '' ? null : to;
    if (from === null && to === null) {
      state.window = null;
    } else {
      const fromDay = from === null ? -Infinity : parseDay(from, false);
      const toDay = to === null ? Infinity : parseDay(to, true);
      if (fromDay === null || toDay === null) throw new RangeError(`bad date (want YYYY[-MM[-DD]]): ${fromDay === null ? from : to}`);
      state.window = { from, to, fromDay, toDay };
    }
    placeSliders();
    return applyView();
  }
  function onSlider() {
    let a = +$('kg-from').value, b = +$('kg-to').value;
    if (a > b) { if (this === $('kg-from')) b = a; else a = b; }
    const full = a === 0 && b === lastMonth - firstMonth;
    if (full) setWindow(null, null);
    else setWindow(monthText(firstMonth + a), monthText(firstMonth + b));
  }
  $('kg-from').addEventListener('input', onSlider);
  $('kg-to').addEventListener('input', onSlider);
  $('kg-window-clear').addEventListener('click', () => { stopPlay(); setWindow(null, null); });
  // Play moves the window a month at a time (a year wide when there was
  // none) until it reaches the last month.
  let playTimer = null;
  function stopPlay() {
    if (playTimer !== null) clearInterval(playTimer);
    playTimer = null;
    $('kg-play').textContent = '▶ Play';
  }
  $('kg-play').addEventListener('click', () => {
    if (playTimer !== null) { stopPlay(); return; }
    if (!finiteDays.length) return;
    let a = +$('kg-from').value, b = +$('kg-to').value;
    const last = lastMonth - firstMonth;
    if (!state.window || b >= last) { a = 0; b = Math.min(11, last); }
    const width = b - a;
    setWindow(monthText(firstMonth + a), monthText(firstMonth + b));
    $('kg-play').textContent = '⏸ Pause';
    playTimer = setInterval(() => {
      if (a + width >= last) { stopPlay(); return; }
      a += 1;
      setWindow(monthText(firstMonth + a), monthText(firstMonth + a + width));
    }, 700);
  });

  // ---- Filters and legend ----------------------------------------------------
  function checkbox(parent, label, checked, onChange, swatch) {
    const row = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = checked;
    box.addEventListener('change', () => { onChange(box.checked); applyView(); });
    row.appendChild(box);
    if (swatch) row.appendChild(swatch);
    row.appendChild(document.createTextNode(' ' + label));
    parent.appendChild(row);
  }
  const toggle = (set, key) => (on) => { if (on) set.add(key); else set.delete(key); };
  function lineSwatch(color, dashed) {
    const s = el('span', 'kg-swatch' + (dashed ? ' kg-dashed' : ''));
    s.style.borderTopColor = color;
    return s;
  }
  function shapeSwatch(type) {
    const s = el('span', 'kg-shape');
    s.style.background = looksOf(type).color;
    s.style.borderRadius = looksOf(type).shape === 'ellipse' ? '50%' : '2px';
    return s;
  }
  for (const q of allQuads) {
    const info = QUADS[q - 1];
    checkbox($('kg-filter-quad'), info ? info.name : `quad class ${q}`, true, toggle(state.quads, q), lineSwatch(quadColor(q)));
  }
  if (hasAffiliations)
    checkbox($('kg-filter-quad'), 'affiliation', true, (on) => { state.affiliations = on; }, lineSwatch(OTHER_COLOR, true));
  for (const t of allTypes)
    checkbox($('kg-filter-type'), t, true, toggle(state.types, t), shapeSwatch(t));
  for (const c of allCategories)
    checkbox($('kg-filter-category'), `${c} ${DATA.categories[c]}`, true, toggle(state.categories, c));
  {
    const legend = $('kg-legend');
    legend.appendChild(el('h2', null, 'Legend'));
    legend.appendChild(el('div', null, 'Edges: colour = CAMEO quad class; arrow = subject → object (none: symmetric); dashed grey = affiliation (person → country or organization).'));
    legend.appendChild(el('div', null, 'Actors: shape and colour = type (see Filters); size = number of relations.'));
    legend.appendChild(el('div', null, 'Click an actor or a relation for its evidence.'));
  }

  // ---- Events -----------------------------------------------------------------
  cy.on('tap', 'node', (evt) => {
    const v = evt.target.data('v');
    if (state.pathMode) pickForPath(v);
    else if (state.ego && $('kg-ego-mode').getAttribute('aria-pressed') === 'true') { setEgo(v, egoDepth()); select(v); }
    else select(v);
  });
  cy.on('tap', 'edge', (evt) => showEdge(evt.target.data('i')));
  cy.on('tap', (evt) => { if (evt.target === cy) { cy.$(':selected').unselect(); closePanel(); } });
  function search(text) {
    const r = resolve(text);
    $('kg-search-status').textContent = r.error || '';
    if (r.error) return null;
    if (state.pathMode) pickForPath(r.vertex);
    else select(r.vertex);
    return ACTORS[r.vertex].id;
  }
  $('kg-search').addEventListener('keydown', (evt) => {
    if (evt.key === 'Enter') search($('kg-search').value);
  });
  $('kg-path-mode').addEventListener('click', () => setPathMode(!state.pathMode));
  const egoDepth = () => Math.max(1, Math.floor(+$('kg-ego-depth').value) || 1);
  $('kg-ego-mode').addEventListener('click', () => {
    if (state.ego) { setEgo(null); cy.fit(undefined, 30); return; }
    if (state.selected === null) { $('kg-search-status').textContent = 'ego: select an actor first'; return; }
    setEgo(state.selected, egoDepth());
  });
  $('kg-ego-depth').addEventListener('change', () => { if (state.ego) setEgo(state.ego.vertex, egoDepth()); });
  $('kg-fit').addEventListener('click', () => cy.fit(cy.nodes().not('.kg-hidden'), 30));
  $('kg-relayout').addEventListener('click', () => {
    layoutMs = runLayout(cy.elements().not('.kg-hidden'));
    applyView();
  });
  const png = () => cy.png({ output: 'base64uri', bg: '#ffffff', full: false, scale: 2, maxWidth: 4096, maxHeight: 4096 });
  $('kg-export-png').addEventListener('click', () => {
    const link = el('a');
    link.href = png();
    link.download = 'kg-view.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // ---- Start -------------------------------------------------------------------
  let layoutMs = null;
  const ready = new Promise((resolveReady) => {
    // After the first paint, so the page shows its controls while fcose runs.
    requestAnimationFrame(() => setTimeout(() => {
      clock = performance.now();
      const start = DATA.start || {};
      if (start.window) setWindow(start.window.from, start.window.to);
      else if (start.ego && idIndex.has(start.ego)) setEgo(idIndex.get(start.ego), 1);
      else applyView();
      placeSliders();
      lap('view');
      layoutMs = runLayout(DATA.start ? cy.elements().not('.kg-hidden') : undefined);
      lap('layout');
      applyView();  // the status line with the layout time
      // The first frame drawn with the layout.
      requestAnimationFrame(() => { lap('draw'); resolveReady(); });
    }, 0));
  });

  // ---- The test API (common contract with tests/viewer/) ----------------------
  const edgeView = (i) => {
    const e = EDGES[i];
    return { id: 'e' + i, source: ACTORS[e.source].id, target: ACTORS[e.target].id,
      relation: e.relation, date: e.date, kind: e.kind };
  };
  window.kgView = {
    ready,
    layoutMs: () => layoutMs,
    timings: () => ({ ...timings }),
    counts: () => ({
      actors: ACTORS.length,
      events: EDGES.filter((e) => !isAffiliation(e)).length,
      affiliations: EDGES.filter(isAffiliation).length,
    }),
    visible: () => {
      const shown = computeVisible();
      return { actors: shown.actors.length, edges: shown.edges.map(edgeView) };
    },
    search,
    panelText: () => ($('kg-panel').hidden ? '' : $('kg-panel').textContent),
    setWindow: (from, to) => { setWindow(from, to); return window.kgView.window(); },
    window: () => ({ from: state.window ? state.window.from : null, to: state.window ? state.window.to : null }),
    // Hops in order from `from`: source/target are the hop's ends (kg path's
    // "from"/"to"), subject/object the edge's own direction.
    path: (from, to) => {
      const a = resolve(from), b = resolve(to);
      if (a.error || b.error) { $('kg-search-status').textContent = a.error || b.error; return []; }
      setPathMode(true);
      const hops = setPath(a.vertex, b.vertex) || [];
      return hops.map((h) => {
        const e = EDGES[h.edge];
        return { source: ACTORS[h.from].id, target: ACTORS[h.to].id, relation: e.relation,
          date: e.date, sentence: e.sentence, reversed: h.reversed,
          subject: ACTORS[e.source].id, object: ACTORS[e.target].id, doc: e.doc, offset: e.offset };
      });
    },
    ego: (name, depth) => {
      const r = resolve(name);
      if (r.error) { $('kg-search-status').textContent = r.error; return []; }
      const shown = setEgo(r.vertex, Math.max(1, Math.floor(depth) || 1));
      state.selected = r.vertex;
      showActor(r.vertex);
      return shown.actors.map((v) => ACTORS[v].id);
    },
    png: () => Promise.resolve(png()),
  };
})();
