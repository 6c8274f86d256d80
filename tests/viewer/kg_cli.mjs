// Runs the kg binary for the browser tests: each call returns stdout, and a
// failure throws an Error with the command line and kg's stderr.
//
//   const kg = kgRunner('/src/build/kg');
//   kg('build', 'x.jsonl', '-o', 'x.html');
//   const stats = JSON.parse(kg('stats', 'x.json', '--json'));

import {execFileSync} from 'node:child_process';

export function kgRunner(binary) {
  return (...args) => {
    try {
      return execFileSync(binary, args, {encoding: 'utf8', maxBuffer: 1 << 28,
                                         stdio: ['ignore', 'pipe', 'pipe']});
    } catch (error) {
      const stderr = (error.stderr || '').trim();
      throw new Error(`kg ${args.join(' ')} failed (exit ${error.status}): ${stderr}`);
    }
  };
}
