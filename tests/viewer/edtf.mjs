// The days an EDTF date covers, as the page's time window and `kg path
// --since/--until` read them (graph/date_range.h), written again here so
// that the test checks the page against an independent reading.
//
//   edtfRange("2015")          -> {start: "2015-01-01", end: "2015-12-31"}
//   edtfRange("2018/..")       -> {start: "2018-01-01", end: null}   (null: open)
//   edtfRange("199X")          -> {start: "1990-01-01", end: "1999-12-31"}
//   overlaps(edtfRange("2013/2025"), windowRange("2013", "2015"))  -> true
//
// Days are "YYYY-MM-DD" strings: with four-digit years they compare as
// dates. A date kg does not write ("2015?", "") returns null.

function monthDays(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();  // day 0 of the next month
}

// One EDTF point ("2015", "2015-03", "2015-03-12", "199X", "19XX"): its
// first and last day, or null.
function pointRange(text) {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    if (m[3]) return {start: text, end: text};
    if (m[2]) {
      const pad = String(monthDays(year, Number(m[2]))).padStart(2, '0');
      return {start: `${text}-01`, end: `${text}-${pad}`};
    }
    return {start: `${text}-01-01`, end: `${text}-12-31`};
  }
  m = /^(\d{2,3})(X{1,2})$/.exec(text);
  if (m && m[0].length === 4) {
    return {start: `${m[1]}${'0'.repeat(m[2].length)}-01-01`,
            end: `${m[1]}${'9'.repeat(m[2].length)}-12-31`};
  }
  return null;
}

/** The days `edtf` covers ({start, end}, null for an open end), or null. */
export function edtfRange(edtf) {
  if (typeof edtf !== 'string' || edtf === '') return null;
  const parts = edtf.split('/');
  if (parts.length === 1) return pointRange(edtf);
  if (parts.length !== 2 || (parts[0] === '..' && parts[1] === '..')) return null;
  const from = parts[0] === '..' ? {start: null} : pointRange(parts[0]);
  const to = parts[1] === '..' ? {end: null} : pointRange(parts[1]);
  if (!from || !to) return null;
  return {start: from.start, end: to.end};
}

/** The window setWindow(from, to) sets ("YYYY[-MM[-DD]]" or null). */
export function windowRange(from, to) {
  return {start: from === null ? null : pointRange(from).start,
          end: to === null ? null : pointRange(to).end};
}

/** True iff the two ranges share a day. */
export function overlaps(a, b) {
  const startsBeforeBEnds = a.start === null || b.end === null || a.start <= b.end;
  const bStartsBeforeAEnds = b.start === null || a.end === null || b.start <= a.end;
  return startsBeforeBEnds && bStartsBeforeAEnds;
}
