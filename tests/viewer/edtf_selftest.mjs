// Checks edtf.mjs, the test's own reading of EDTF (run by view_test.mjs
// before the browser starts: a wrong reading would make the window check
// pass or fail for the wrong reason).
import assert from 'node:assert/strict';
import {edtfRange, overlaps, windowRange} from './edtf.mjs';

export function checkEdtf() {
  assert.deepEqual(edtfRange('2015'), {start: '2015-01-01', end: '2015-12-31'});
  assert.deepEqual(edtfRange('2024-02'), {start: '2024-02-01', end: '2024-02-29'});
  assert.deepEqual(edtfRange('2023-03-20/2023-03-22'), {start: '2023-03-20', end: '2023-03-22'});
  assert.deepEqual(edtfRange('2018/..'), {start: '2018-01-01', end: null});
  assert.deepEqual(edtfRange('../2019'), {start: null, end: '2019-12-31'});
  assert.deepEqual(edtfRange('199X'), {start: '1990-01-01', end: '1999-12-31'});
  assert.deepEqual(edtfRange('19XX'), {start: '1900-01-01', end: '1999-12-31'});
  assert.equal(edtfRange(''), null);
  assert.equal(edtfRange('2015?'), null);
  const w = windowRange('2013', '2015');
  assert.deepEqual(w, {start: '2013-01-01', end: '2015-12-31'});
  assert.equal(overlaps(edtfRange('2013/2025'), w), true);
  assert.equal(overlaps(edtfRange('2017/..'), w), false);
  assert.equal(overlaps(edtfRange('2012'), w), false);
  assert.equal(overlaps(edtfRange('2015-12-31'), w), true);
  assert.equal(overlaps(edtfRange('2016-01-01'), w), false);
  assert.equal(overlaps(edtfRange('../2013-01-01'), w), true);
  assert.equal(overlaps(edtfRange('2016'), windowRange('2015-06', null)), true);
}
