import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { ExitCode, run } from '../src/program.js';
import { resetAfterEach } from './support/output.js';

const root = join(import.meta.dirname, '..', '..', '..');

resetAfterEach();

function capture() {
  const out = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    out.stderr += String(chunk);
    return true;
  });
  return out;
}

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

test('blason studio prints its address, answers the API and stops cleanly on Ctrl-C', async () => {
  const out = capture();
  const running = run(['studio', '--port', '0', '--host', '0.0.0.0', '--jobs', '0', '--root', root]);
  const url = await until(() => /Blason Studio\u00A0: (\S+)/.exec(out.stdout)?.[1]);
  expect(out.stderr).toMatch(/attention\u00A0: le studio écoute sur 0\.0\.0\.0/);
  const health = await fetch(new URL('/v1/health', url.replace('0.0.0.0', '127.0.0.1')));
  expect(await health.json()).toMatchObject({ status: 'ok' });
  process.emit('SIGINT');
  expect(await running).toBe(ExitCode.ok);
  expect(out.stdout).toMatch(/Blason Studio arrêté/);
}, 60_000);

test('a bad --port is bad usage: exit 2', async () => {
  const out = capture();
  expect(await run(['studio', '--port', 'eighty'])).toBe(ExitCode.usage);
  expect(out.stderr).toMatch(
    /--port — valeur invalide «\u00A0.*\u00A0» \(attendu\u00A0: un nombre entier de 0 à 65535\)/,
  );
});
