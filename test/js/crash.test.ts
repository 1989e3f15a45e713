// Durability from JS, as a user's process dies: a child process commits records in a loop and is
// killed (SIGKILL; TerminateProcess on Windows) at a random moment, several times over the same
// files. After each kill, JetInit in this process must recover a whole prefix of the transactions
// that holds every one whose durable commit had returned, and nothing of any other.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { esent, useTestEnv } from './helpers.js';
// @ts-expect-error: a plain .mjs module shared with the child process, without type declarations
import { openCrashDatabase, scanCrashTable } from './children/crash-table.mjs';

const child = fileURLToPath(new URL('./children/commit-until-killed.mjs', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function commitThenKill(folder: string, sideFile: string, log: string, delayMs: number): Promise<void> {
  const side = readFileSync(sideFile);
  side.fill(0, 4);
  writeFileSync(sideFile, side);
  const out = openSync(log, 'w');
  // Files, not pipes, for the child's output: node.exe under Wine dies on pipes.
  const proc = spawn(process.execPath, [child, folder, sideFile], { stdio: ['ignore', out, out] });
  closeSync(out);
  let exited: number | string | null | undefined;
  const done = new Promise<void>((resolve) => proc.on('exit', (code, signal) => { exited = code ?? signal; resolve(); }));
  const started = Date.now();
  while (!readFileSync(sideFile).subarray(4, 9).equals(Buffer.from('READY'))) {
    if (exited !== undefined) throw new Error(`the child exited (${exited}) before it was ready:\n${readFileSync(log, 'utf8')}`);
    if (Date.now() - started > 45_000) throw new Error('the child did not get ready in 45 s');
    await sleep(20);
  }
  await sleep(delayMs);
  if (exited !== undefined) throw new Error(`the child stopped by itself (${exited}):\n${readFileSync(log, 'utf8')}`);
  proc.kill('SIGKILL');
  await done;
}

describe('crash safety', () => {
  const env = useTestEnv();

  test('after SIGKILL while committing, recovery keeps every durable transaction whole and nothing partial', async () => {
    const folder = env.paths.root;
    const sideFile = join(folder, 'durable.bin');
    writeFileSync(sideFile, Buffer.alloc(16));
    let highest = 0;
    for (let round = 0; round < 6; round += 1) {
      await commitThenKill(folder, sideFile, join(folder, `child-${round}.log`), 150 + ((round * 137) % 400));
      const durable = readFileSync(sideFile).readInt32LE(0);
      const db = openCrashDatabase(esent, folder);
      env.track(db.instance);
      const { next, broken } = scanCrashTable(esent, db);
      expect(broken).toBeNull();
      const recovered = next - 1;
      expect(recovered).toBeGreaterThanOrEqual(durable);
      // A round's recovery is checkpointed by its clean JetTerm below, so it can only grow.
      expect(recovered).toBeGreaterThanOrEqual(highest);
      highest = recovered;
      esent.JetTerm(db.instance);
    }
    // The child did commit durably, round after round: the test proved something.
    expect(highest).toBeGreaterThan(6);
  }, 240_000);
});
