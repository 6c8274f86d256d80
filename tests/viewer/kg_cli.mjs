// Runs the kg binary for the browser tests: each call returns stdout, and a
// failure throws an Error with the command line and kg's stderr.
//
//   const kg = kgRunner('/src/build/kg');
//   kg('build', 'x.jsonl', '-o', 'x.html');
//   const stats = JSON.parse(kg('stats', 'x.json', '--json'));
//   const {stderr} = kg.withStderr('build', 'big.jsonl', '-o', 'big.html');  // its warnings

import {spawnSync} from 'node:child_process';

export function kgRunner(binary) {
  const withStderr = (...args) => {
    const run = spawnSync(binary, args, {encoding: 'utf8', maxBuffer: 1 << 28,
                                         stdio: ['ignore', 'pipe', 'pipe']});
    if (run.error) throw new Error(`kg ${args.join(' ')}: ${run.error.message}`);
    if (run.status !== 0) {
      const why = run.status === null ? `signal ${run.signal}` : `exit ${run.status}`;
      throw new Error(`kg ${args.join(' ')} failed (${why}): ${run.stderr.trim()}`);
    }
    return {stdout: run.stdout, stderr: run.stderr};
  };
  const kg = (...args) => withStderr(...args).stdout;
  kg.withStderr = withStderr;
  return kg;
}
