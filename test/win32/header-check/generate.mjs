#!/usr/bin/env node
// Generates the header fidelity check: a C++ program that compares, on x64 Windows (mingw), every
// constant and struct our portable header declares with the one mingw's esent.h declares.
//
//   node test/win32/header-check/generate.mjs <out.cpp> [--portable-include DIR]
//
// How: the generated translation unit includes our header inside `namespace ours`, captures each
// constant as a constexpr value and each struct's size, alignment and field offsets, #undef's
// every macro our header defined, then includes mingw's esent.h at global scope and captures the
// same names from it. The program prints each difference and ends with `N passed, N failed`.
//
// What is compared: every macro that both headers define with a value (macros naming types or
// functions, and string constants, are listed as skipped), every enumerator both declare, and
// every struct both declare (size, alignment, and the offset of each field of ours — a field
// mingw's struct lacks is a failure at compile time, with the field's name in the error).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const outFile = args[0];
if (!outFile) {
  console.error('usage: generate.mjs <out.cpp> [--portable-include DIR] [--cxx COMPILER]');
  process.exit(2);
}
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const portableInclude = resolve(option('--portable-include', join(root, 'native/portable/include')));
const cxx = option('--cxx', 'x86_64-w64-mingw32-g++-posix');
const mingwHeader = option('--mingw-esent-h', '/usr/share/mingw-w64/include/esent.h');
const knownFile = option('--known', join(dirname(fileURLToPath(import.meta.url)), 'known-differences.txt'));
// name -> reason, for differences that are intended (see known-differences.txt).
const known = new Map();
for (const line of readFileSync(knownFile, 'utf8').split('\n')) {
  const m = /^\s*([^#\s]\S*)\s+(.+?)\s*$/.exec(line);
  if (m) known.set(m[1], m[2]);
}

// Headers the check includes first, at global scope, so that our header (inside a namespace)
// finds them already included and never declares library names inside `ours`.
const preamble = [
  '#include <windows.h>',
  '#include <stddef.h>',
  '#include <stdint.h>',
  '#include <uchar.h>',
  '#include <wchar.h>',
].join('\n');
const definitions = ['-DUNICODE', '-DJET_UNICODE', '-DJET_VERSION=0x0A00', '-DWIN32_LEAN_AND_MEAN'];

function macrosOf(source) {
  const text = execFileSync(cxx, ['-std=c++17', ...definitions, '-dM', '-E', '-x', 'c++', '-'],
    { input: source, encoding: 'utf8', maxBuffer: 64 << 20 });
  const macros = new Map();
  for (const line of text.split('\n')) {
    const m = /^#define (\S+)(?: (.*))?$/.exec(line);
    if (m) macros.set(m[1], m[2] ?? '');
  }
  return macros;
}

function added(after, before) {
  const result = new Map();
  for (const [name, value] of after) if (before.get(name) !== value || !before.has(name)) result.set(name, value);
  return result;
}

const baseline = macrosOf(preamble);
const ourMacros = added(macrosOf(`${preamble}\n#include "${join(portableInclude, 'esent.h')}"`), baseline);
const mingwMacros = added(macrosOf(`${preamble}\n#include <esent.h>`), baseline);

// ---- constants -------------------------------------------------------------------------------
const skipped = [];
const constants = [];
for (const [name, ours] of ourMacros) {
  if (name.includes('(')) continue; // function-like
  if (!/^JET_|^JET[a-z]/.test(name) && !name.startsWith('wrn') && !name.startsWith('err')) continue;
  if (!mingwMacros.has(name)) continue;
  const theirs = mingwMacros.get(name);
  if (name === 'JET_API' || name === 'JET_VERSION' || name === 'JET_UNICODE') continue;
  if (ours === '' || theirs === '') { skipped.push(`${name} (no value)`); continue; }
  if (/"/.test(ours) || /"/.test(theirs)) { skipped.push(`${name} (string)`); continue; }
  if (/__MINGW_NAME_AW|^Jet[A-Z]|^JET_[A-Z0-9_]+_[AW]$|^_?JET_[A-Z]+[A-Z_]*$/.test(theirs) && !/[0-9]/.test(theirs)) {
    skipped.push(`${name} (names a type or function)`);
    continue;
  }
  constants.push(name);
}

// ---- enumerators and structs, from our header's text --------------------------------------------
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}
const ourText = ['esent.h', 'esent_constants.h', 'esent_errors.h', 'esent_data_constants.h', 'esent_tables.h', 'esent_space_hints.h', 'esent_records.h']
  .map((file) => { try { return withoutComments(readFileSync(join(portableInclude, file), 'utf8')); } catch { return ''; } })
  .join('\n');
const mingwText = withoutComments(readFileSync(mingwHeader, 'utf8'));
const mingwDeclares = (name) => new RegExp(`\\b${name}\\b`).test(mingwText);

const enumerators = [];
for (const m of ourText.matchAll(/\benum\b[^{;]*\{([^}]*)\}/g)) {
  for (const item of m[1].split(',')) {
    const name = /^\s*([A-Za-z_]\w*)/.exec(item)?.[1];
    if (name && mingwDeclares(name) && !mingwMacros.has(name)) enumerators.push(name);
  }
}

// Field names declared at the top level of a struct body, and inside its anonymous unions and
// structs (whose members are addressed as the enclosing struct's own).
function fieldsOf(body) {
  const fields = []; // { name, nested }
  let depth = 0, declaration = '', inner = '', innerFields = [];
  for (const ch of body) {
    if (ch === '{') {
      depth++;
      if (depth === 1) { inner = ''; continue; }
    } else if (ch === '}') {
      depth--;
      if (depth === 0) { innerFields = fieldsOf(inner); declaration += ' __NESTED__ '; continue; }
    }
    if (depth > 0) { inner += ch; continue; }
    if (ch !== ';') { declaration += ch; continue; }
    const decl = declaration.trim();
    declaration = '';
    if (!decl) continue;
    if (decl.includes('__NESTED__')) {
      const named = /__NESTED__\s*(\w+)\s*(?:\[[^\]]*\]\s*)*$/.exec(decl);
      if (named) fields.push(named[1]);        // a named union/struct member: the member itself
      else fields.push(...innerFields);          // anonymous: its members belong to this struct
      innerFields = [];
      continue;
    }
    const pointerToFunction = /\(\s*(?:\w+\s+)?\*\s*(\w+)\s*\)\s*\(/.exec(decl);
    if (pointerToFunction) { fields.push(pointerToFunction[1]); continue; }
    if (/:\s*\d+\s*$/.test(decl)) continue; // bit-field: offsetof does not apply
    const named = /(\w+)\s*(?:\[[^\]]*\]\s*)*$/.exec(decl);
    if (named) fields.push(named[1]);
  }
  return fields;
}

function structBodies(text) {
  const result = [];
  const opener = /typedef\s+struct\s+\w*\s*\{/g;
  let m;
  while ((m = opener.exec(text))) {
    let depth = 1, i = opener.lastIndex;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    const body = text.slice(opener.lastIndex, i - 1);
    const names = /^\s*([^;]*);/.exec(text.slice(i))?.[1] ?? '';
    const typedefName = names.split(',').map((s) => s.trim()).find((s) => /^\w+$/.test(s));
    if (typedefName) result.push({ name: typedefName, fields: fieldsOf(body) });
    opener.lastIndex = i;
  }
  return result;
}

const structs = structBodies(ourText).filter((s) => mingwDeclares(s.name));

// ---- the program -----------------------------------------------------------------------------
function program(constantNames, enumeratorNames, structList) {
  const lines = [];
  lines.push('// Generated by test/win32/header-check/generate.mjs; do not edit.');
  lines.push(preamble);
  lines.push('#include <cstdio>', '#include <cstring>', '#include <cstddef>', '');
  lines.push('namespace ours {');
  lines.push(`#include "${join(portableInclude, 'esent.h')}"`);
  lines.push('namespace values {');
  for (const name of constantNames) lines.push(`constexpr unsigned long long v_${name} = (unsigned long long)(${name});`);
  for (const name of enumeratorNames) lines.push(`constexpr unsigned long long v_${name} = (unsigned long long)(::ours::${name});`);
  lines.push('}  // namespace values', '}  // namespace ours', '');
  lines.push('// Every macro our header defined goes, so mingw\'s header starts from a clean slate.');
  for (const name of ourMacros.keys()) lines.push(`#undef ${name.replace(/\(.*/, '')}`);
  lines.push('#include <esent.h>', '');
  lines.push('struct Check { const char* what; unsigned long long ours; unsigned long long mingw; const char* known; };');
  lines.push('static const Check checks[] = {');
  const reason = (what) => (known.has(what) ? JSON.stringify(known.get(what)) : 'nullptr');
  for (const name of constantNames) lines.push(`  {"${name}", ours::values::v_${name}, (unsigned long long)(${name}), ${reason(name)}},`);
  for (const name of enumeratorNames) lines.push(`  {"${name}", ours::values::v_${name}, (unsigned long long)(::${name}), ${reason(name)}},`);
  for (const s of structList) {
    const size = `sizeof(${s.name})`, align = `alignof(${s.name})`;
    // A struct listed by name in known-differences.txt has a different layout on purpose: its
    // size and alignment are still printed (as known), its fields are not compared.
    const structReason = (what) => (known.has(s.name) ? JSON.stringify(known.get(s.name)) : reason(what));
    lines.push(`  {"${size}", sizeof(ours::${s.name}), sizeof(::${s.name}), ${structReason(size)}},`);
    lines.push(`  {"${align}", alignof(ours::${s.name}), alignof(::${s.name}), ${structReason(align)}},`);
    if (known.has(s.name)) continue;
    for (const f of s.fields) {
      const what = `offsetof(${s.name}, ${f})`;
      lines.push(`  {"${what}", offsetof(ours::${s.name}, ${f}), offsetof(::${s.name}, ${f}), ${reason(what)}},`);
    }
  }
  lines.push('  {nullptr, 0, 0, nullptr}', '};', '');
  lines.push(`static const char* const skipped[] = {${[...skipped.map((s) => JSON.stringify(s)), 'nullptr'].join(', ')}};`);
  lines.push(`
int main() {
  int passed = 0, failed = 0, knownCount = 0, skippedCount = 0;
  for (const Check* c = checks; c->what; ++c) {
    if (c->ours == c->mingw) { ++passed; continue; }
    if (c->known) {
      ++knownCount;
      std::printf("known difference %s: ours %lld, mingw %lld: %s\\n", c->what, (long long)c->ours,
                  (long long)c->mingw, c->known);
      continue;
    }
    ++failed;
    std::printf("DIFFERENT %s: ours %lld (0x%llx), mingw %lld (0x%llx)\\n", c->what,
                (long long)c->ours, c->ours, (long long)c->mingw, c->mingw);
  }
  for (const char* const* s = skipped; *s; ++s) ++skippedCount;
  std::printf("header-check: %d constants, %d enumerators, %d structs compared; %d macros not comparable\\n",
              ${constantNames.length}, ${enumeratorNames.length}, ${structList.length}, skippedCount);
  std::printf("header-check: %d passed, %d failed, %d skipped\\n", passed, failed, knownCount);
  std::fflush(stdout);
  return failed == 0 ? 0 : 1;
}`);
  return lines.join('\n') + '\n';
}

// A constant whose expression does not compile on one side (it names something the other header
// lacks, or is not a value) is moved to the skipped list; anything else that fails to compile —
// a struct field mingw's struct does not have — is a real difference and stops the generator.
let constantNames = [...constants];
let enumeratorNames = [...new Set(enumerators)];
const work = mkdtempSync(join(tmpdir(), 'header-check-'));
try {
  for (let attempt = 0; attempt < 4; attempt++) {
    const source = program(constantNames, enumeratorNames, structs);
    const file = join(work, 'check.cpp');
    writeFileSync(file, source);
    const result = spawnSync(cxx, ['-std=c++17', ...definitions, '-fsyntax-only', '-fmax-errors=0', '-w', file], { encoding: 'utf8' });
    if (result.status === 0) break;
    const sourceLines = source.split('\n');
    const bad = new Set();
    for (const m of result.stderr.matchAll(/check\.cpp:(\d+):\d+: error/g)) {
      const line = sourceLines[Number(m[1]) - 1] ?? '';
      const name = /constexpr unsigned long long v_(\w+) =/.exec(line)?.[1] ?? /^\s*\{"(\w+)", ours::values::/.exec(line)?.[1];
      if (name) bad.add(name);
      else {
        console.error(result.stderr.split('\n').slice(0, 40).join('\n'));
        throw new Error(`header-check: our header and mingw's disagree beyond a constant (line ${m[1]}: ${line.trim()})`);
      }
    }
    if (bad.size === 0) { console.error(result.stderr); throw new Error('header-check: generated program does not compile'); }
    for (const name of bad) skipped.push(`${name} (not a value in both headers)`);
    constantNames = constantNames.filter((n) => !bad.has(n));
    enumeratorNames = enumeratorNames.filter((n) => !bad.has(n));
  }
  writeFileSync(outFile, program(constantNames, enumeratorNames, structs));
  console.log(`header-check: generated ${outFile}: ${constantNames.length} constants, ${enumeratorNames.length} enumerators, ${structs.length} structs (${structs.map((s) => s.name).join(', ')}); ${skipped.length} macros skipped`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
