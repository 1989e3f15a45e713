#!/usr/bin/env node
// Prints the source files of one part of the native build, one repo-relative path per line, for
// binding.gyp's `<!@(node scripts/list-sources.cjs addon)`. The lists live in
// native/<part>/sources.txt (blank lines and '#' comments ignored), shared with the CMake build.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const parts = { addon: 'native/addon/sources.txt', portable: 'native/portable/sources.txt' };
const part = process.argv[2];
if (!Object.hasOwn(parts, part)) {
  console.error(`usage: list-sources.cjs ${Object.keys(parts).join('|')}`);
  process.exit(2);
}

const root = path.join(__dirname, '..');
const listFile = path.join(root, parts[part]);
let text;
try {
  text = fs.readFileSync(listFile, 'utf8');
} catch (error) {
  console.error(`list-sources: cannot read ${parts[part]}: ${error.message}`);
  process.exit(1);
}

const sources = text
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
for (const source of sources) {
  if (!fs.existsSync(path.join(root, source))) {
    console.error(`list-sources: ${parts[part]} names ${source}, which does not exist`);
    process.exit(1);
  }
}
process.stdout.write(sources.map((source) => source.split(path.sep).join('/')).join('\n') + '\n');
