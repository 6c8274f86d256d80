// A tiny runner for the browser tests: each check runs even when an
// earlier one failed, prints "ok - name" or "FAIL - name: what differed",
// and the process exits 1 if any failed, 77 (CTest's SKIP_RETURN_CODE)
// when the browser cannot run here.
//
//   const run = checkRunner();
//   await run.check('counts equal kg stats', async () => { ... throw new Error('...') });
//   run.finish();

import {skipReason} from './browser.mjs';

export const kSkipCode = 77;

/** Exits with kSkipCode, saying why, if the browser tests cannot run. */
export function skipUnlessBrowser() {
  const reason = skipReason();
  if (reason) {
    console.log(`SKIP: ${reason}`);
    process.exit(kSkipCode);
  }
}

export function checkRunner() {
  const failures = [];
  return {
    async check(name, body) {
      try {
        await body();
        console.log(`ok - ${name}`);
      } catch (error) {
        failures.push(name);
        console.log(`FAIL - ${name}: ${error.message}`);
      }
    },
    finish() {
      if (failures.length) {
        console.log(`${failures.length} check(s) failed: ${failures.join('; ')}`);
        process.exit(1);
      }
      console.log('all checks passed');
    },
  };
}

/** Runs the test's set-up (kg commands): a failure ends the test with one line. */
export function setUp(body) {
  try {
    return body();
  } catch (error) {
    console.log(`FAIL - set-up: ${error.message}`);
    process.exit(1);
  }
}

/** JSON for failure messages, cut to a readable length. */
export function show(value, max = 600) {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > max ? `${text.slice(0, max)}...` : text;
}
