#!/usr/bin/env node
// Configures and builds the root CMakeLists.txt with cmake-js, cross-compiling for win32-x64 with
// mingw-w64 (cmake/mingw-w64-x86_64.cmake).
//
//   node scripts/win32/cmake-js-build.cjs <work dir> <output dir> [target ...]
//
// cmake-js is driven through its API rather than its CLI for one reason: it decides "is this a
// Node-API addon?" from package.json's binary.napi_versions, and otherwise downloads Node's full
// headers from the internet, which this lane neither needs nor can reach. Forcing isNodeApi keeps
// it on node-api-headers. Each target is built on its own so a failing one (e.g. an engine that
// is mid-change) is reported by name and the others still build.
'use strict';
const path = require('node:path');
const { createRequire } = require('node:module');

const root = path.resolve(__dirname, '../..');
const [workDir, outputDir, ...targets] = process.argv.slice(2);
if (!workDir || !outputDir) {
  console.error('usage: cmake-js-build.cjs <work dir> <output dir> [target ...]');
  process.exit(2);
}
const toolsDir = process.env.WIN32_TOOLS_DIR || '';

function load(request) {
  for (const base of [root, toolsDir].filter(Boolean)) {
    try { return createRequire(path.join(base, 'package.json'))(request); } catch { /* next */ }
  }
  throw new Error(`cannot load ${request}: add cmake-js to devDependencies (npm install)`);
}

async function main() {
  const { BuildSystem } = load('cmake-js');
  const options = {
    directory: root,
    out: path.resolve(workDir),
    config: 'Release',
    parallel: 2,
    preferMake: false,
    cMakeOptions: {
      CMAKE_TOOLCHAIN_FILE: path.join(root, 'cmake/mingw-w64-x86_64.cmake'),
      ESENT_OUTPUT_DIR: path.resolve(outputDir),
      ESENT_TOOLS_DIR: toolsDir,
    },
  };
  const system = new BuildSystem(options);
  system.options.isNodeApi = true; // see the header comment
  await system.cmake.toolset.initialize(true); // picks Ninja when present
  await system.cmake.ensureConfigured();
  const results = [];
  for (const target of targets.length ? targets : [undefined]) {
    system.options.target = target;
    const name = target ?? 'all';
    try {
      await system.cmake.build();
      results.push({ name, ok: true });
    } catch (error) {
      console.error(`[win32] build of ${name} failed: ${error.message}`);
      results.push({ name, ok: false });
    }
  }
  for (const { name, ok } of results) console.log(`[win32] build ${name}: ${ok ? 'ok' : 'FAILED'}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

main().catch((error) => {
  console.error(`[win32] cmake-js: ${error.stack || error.message}`);
  process.exit(1);
});
