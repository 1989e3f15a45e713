// Loads the toolchain probe addon (test/win32/probe/probe_addon.c) in whatever executable runs
// this file and checks it: the host's name, a double made on the module's first Node-API call,
// and doubles passed both ways. Prints one line per check and `probe: N passed, N failed`.
//   <host>.exe check-probe.cjs <path to esent_probe.node> <expected host file name>
'use strict';
const [addonPath, expectedHost] = process.argv.slice(2);
let passed = 0, failed = 0;
function check(what, ok, detail) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
}
try {
  const probe = require(require('node:path').resolve(addonPath));
  const host = probe.host();
  check('loads in the host', host.toLowerCase() === String(expectedHost).toLowerCase(), `host ${host}`);
  check('first Node-API call keeps its double argument', probe.third === 1 / 3, String(probe.third));
  const values = [5, -0.125, 1e300, Math.PI];
  check('doubles pass in and out', values.every((x) => probe.half(x) === x / 2));
} catch (error) {
  check('require the probe addon', false, error && error.message);
}
console.log(`probe: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
