// A seeded generator of kg triples (JSON Lines, the fields `kg extract`
// writes) for the large-graph browser test: ACTORS actors, every one in at
// least one relation, and RELATIONS relations with a few hubs, dated
// 1990-2025 or undated, over all four quad classes. The same seed gives the
// same bytes.
//
//   fs.writeFileSync('big.jsonl', generatedTriples({actors: 5000, relations: 20000, seed: 15}));

// mulberry32: a small, well-mixed 32-bit PRNG (Math.random cannot be seeded).
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kTypes = ['person', 'country', 'organization', 'group', 'other'];
// relation, CAMEO root, quad class, symmetric
const kRelations = [['say', '01', 1, false], ['meet', '04', 1, true], ['visit', '04', 1, false],
                    ['sign agreement', '05', 1, true], ['provide aid', '07', 2, false],
                    ['criticize', '11', 3, false], ['threaten', '13', 3, false],
                    ['sanction', '16', 4, false], ['attack', '18', 4, false], ['fight', '19', 4, true]];

export function generatedTriples({actors, relations, seed}) {
  const random = mulberry32(seed);
  const pick = (n) => Math.floor(random() * n);
  const actor = (i) => {
    const number = String(i).padStart(5, '0');
    return {id: `gen-${number}`, name: `Actor ${number}`, type: kTypes[i % kTypes.length]};
  };
  const lines = [];
  let offset = 0;
  for (let r = 0; r < relations; ++r) {
    // The first `actors` relations start at each actor in turn; the others
    // favour low numbers (random() squared), which makes hubs.
    const s = r < actors ? r : Math.floor(random() * random() * actors);
    let o = pick(actors - 1);
    if (o >= s) ++o;  // no self-loop
    const [relation, category, quad, symmetric] = kRelations[pick(kRelations.length)];
    const roll = random();
    const year = 1990 + pick(36);
    const date = roll < 0.1 ? null : roll < 0.6 ? String(year)
               : `${year}-${String(1 + pick(12)).padStart(2, '0')}`;
    const subject = actor(s), object = actor(o);
    const sentence = `${subject.name} did "${relation}" to ${object.name}` +
                     `${date ? ` in ${date}` : ''} (generated relation ${r}).`;
    lines.push(JSON.stringify({
      doc: 'generated.txt', subject: subject.name, relation, category, object: object.name, date,
      subject_id: subject.id, object_id: object.id, subject_type: subject.type, object_type: object.type,
      subject_code: '', object_code: '', subject_text: subject.name, object_text: object.name,
      quad_class: quad, symmetric, date_source: date ? 'sentence' : 'none', negated: false,
      hypothetical: false, section: '', sentence, span: [offset, offset + Buffer.byteLength(sentence)],
      rule: 'generated', confidence: 0.7}));
    offset += Buffer.byteLength(sentence) + 1;
  }
  return lines.join('\n') + '\n';
}
