import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBlasonError } from '@blason/core';
import { Command, CommanderError } from 'commander';
import { beforeAll, describe, expect, test } from 'vitest';
import { type LintCommandOptions, type LintIo, registerLint, runLint } from '../src/commands/lint.js';

const root = new URL('../../../', import.meta.url).pathname;
const lexiconDir = join(root, 'tokens', 'lexicon');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blason-lint-'));
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `blason lint …` in-process, with the exit-code mapping of the CLI frame. */
async function lint(args: string[], stdin = ''): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const io: LintIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  const program = new Command('blason').exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
  });
  registerLint(program);
  const command = program.commands[0] as Command;
  let code = 0;
  command.action(async (files: string[], options: LintCommandOptions) => {
    code = await runLint(files, options, io);
  });
  try {
    await program.parseAsync(['lint', '--lexicon', lexiconDir, ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = 2;
    else if (isBlasonError(error)) {
      io.stderr(error.message);
      code = (error as { exitCode?: number }).exitCode ?? 1;
    } else throw error;
  }
  return { code, ...out };
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('blason lint', () => {
  test('clean text exits 0', async () => {
    const run = await lint([await file('clean.txt', 'Le Pays de Saint-Omer accueille ses habitants.\n')]);
    expect(run).toMatchObject({ code: 0, stdout: 'Aucun problème.\n' });
  });

  test('a missing file is « introuvable », as in every command', async () => {
    const run = await lint([join(dir, 'absent.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('absent.md : fichier introuvable');
  });

  test('a missing lexicon folder is named, without Node’s raw error', async () => {
    const run = await lint(['--lexicon', join(dir, 'no-lexicon'), await file('hello.txt', 'Bonjour.\n')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('lexicon folder not found');
    expect(run.stderr).not.toContain('ENOENT');
  });

  test('an unknown --partner is bad usage naming the partners', async () => {
    const run = await lint(['--partner', 'mairie', await file('hi.txt', 'Bonjour.\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'partenaire inconnu « mairie » (attendu : l’un de agence-eco, agence-urbanisme, capso',
    );
  });

  test('errors exit 1 with a French stylish report', async () => {
    const path = await file('bad.txt', 'Le Pays de St-Omer organise un workshop.\n');
    const run = await lint([path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(path);
    expect(run.stdout).toContain('1:4     erreur');
    expect(run.stdout).toContain('Écrire «\u00A0Pays de Saint-Omer\u00A0»');
    expect(run.stdout).toContain('2\u00A0problèmes (1\u00A0erreur, 1\u00A0avertissement, 0\u00A0info)');
  });

  test('warnings pass unless over --max-warnings', async () => {
    const path = await file('warn.txt', 'Un workshop.\n');
    expect((await lint([path])).code).toBe(0);
    expect((await lint([path, '--max-warnings', '0'])).code).toBe(1);
    expect((await lint([path, '--max-warnings', '1'])).code).toBe(0);
  });

  test('reads standard input, with its type', async () => {
    const run = await lint(
      ['--format', 'json', '--stdin-type', 'markdown'],
      '# Un `workshop`\n\nUn workshop.',
    );
    const [result] = JSON.parse(run.stdout) as { file: string; findings: { line: number }[] }[];
    expect(result?.file).toBe('<stdin>');
    expect(result?.findings.map((f) => f.line)).toEqual([3]);
  });

  test('--partner and --channel select the inclusive-writing policy', async () => {
    const path = await file('inclusif.txt', 'Aux élu·e·s.\n');
    expect((await lint([path, '--format', 'json'])).stdout).toContain('[]');
    const official = await lint([path, '--channel', 'official', '--format', 'json']);
    expect(official.stdout).toContain('inclusive/double-flexion');
  });

  test('--fix rewrites the file with safe fixes only and reports what is left', async () => {
    const path = await file('fix.md', '# Pays de St-Omer\n\nUn workshop : 52560 heures...\n');
    const run = await lint([path, '--fix']);
    expect(await readFile(path, 'utf8')).toBe(
      '# Pays de Saint-Omer\n\nUn workshop\u00A0: 52\u202F560 heures…\n',
    );
    expect(run.stdout).toContain('term/discouraged');
    expect(run.code).toBe(0);
  });

  test('--fix-dry-run prints a unified diff and changes nothing', async () => {
    const path = await file('dry.txt', 'Pourquoi ?\n');
    const run = await lint([path, '--fix-dry-run']);
    expect(run.stdout).toContain(`--- a/${path.replace(/^\//, '')}`);
    expect(run.stdout).toContain(`+++ b/${path.replace(/^\//, '')}`);
    expect(run.stdout).toContain('-Pourquoi ?');
    expect(run.stdout).toContain('+Pourquoi\u202F?');
    expect(await readFile(path, 'utf8')).toBe('Pourquoi ?\n');
  });

  test('--fix on standard input prints the fixed text', async () => {
    const run = await lint(['--fix'], "l'atelier");
    expect(run.stdout).toBe('l’atelier');
  });

  test('SARIF 2.1.0 with rules, regions and fixes', async () => {
    const path = await file('sarif.txt', 'Bienvenue au Pays de St Omer.\n');
    const sarif = JSON.parse((await lint([path, '--format', 'sarif'])).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('blason-lint');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['name/variant']);
    const [result] = run.results;
    expect(result).toMatchObject({
      ruleId: 'name/variant',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: path },
            region: {
              startLine: 1,
              startColumn: 14,
              endLine: 1,
              endColumn: 29,
              charOffset: 13,
              charLength: 15,
            },
          },
        },
      ],
      properties: { entryId: 'pays-de-saint-omer', suggestion: 'Pays de Saint-Omer' },
    });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(
      'Pays de Saint-Omer',
    );
  });

  test('GitHub annotations', async () => {
    const path = await file('gh.txt', 'Un workshop.\n');
    const run = await lint([path, '--format', 'github']);
    expect(run.stdout).toMatch(
      /^::warning file=.*gh\.txt,line=1,col=4,endLine=1,endColumn=12,title=term\/discouraged::/,
    );
  });

  test('JSON content files report the path of each string', async () => {
    const path = await file('content.json', '{"title": "Un workshop"}');
    const [result] = JSON.parse((await lint([path, '--format', 'json'])).stdout);
    expect(result.findings[0]).toMatchObject({ path: 'title', ruleId: 'term/discouraged' });
  });

  test.each([
    [
      'binary input',
      async () => [await file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))],
    ],
    ['invalid UTF-8', async () => [await file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))]],
    ['a missing file', async () => [join(dir, 'nope.txt')]],
    ['an unknown partner', async () => [await file('p.txt', 'ok'), '--partner', 'mairie']],
    ['an unknown channel', async () => [await file('c.txt', 'ok'), '--channel', 'tv']],
    ['a bad --max-warnings', async () => [await file('m.txt', 'ok'), '--max-warnings', 'beaucoup']],
    ['invalid JSON', async () => [await file('broken.json', '{"title": ')]],
    ['--fix with --fix-dry-run', async () => [await file('f.txt', 'ok'), '--fix', '--fix-dry-run']],
  ])('%s exits 2 with a message', async (_, args) => {
    const run = await lint(await args());
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeGreaterThan(0);
  });

  test('huge input is refused', async () => {
    const run = await lint([], 'a'.repeat(10 * 1024 * 1024 + 1));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('limite');
  });

  test('a bad lexicon exits 2', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'blason-lexicon-'));
    await writeFile(join(bad, 'x.lexicon.yaml'), 'entries: [{ id: x }]');
    const run = await lint([await file('l.txt', 'ok'), '--lexicon', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x.lexicon.yaml');
  });

  test.each([
    ['Le Pays de Saint-Omer.', [], 0],
    ['Le Pays de St-Omer.', [], 1],
    ['Le Pays de Saint-Omer.', ['--channel', 'tv'], 2],
  ])(
    'the blason binary exits with the right code: %j %j',
    (input, args, code) => {
      const result = spawnSync(
        process.execPath,
        [join(root, 'packages/cli/bin/blason.js'), 'lint', '--lexicon', lexiconDir, ...(args as string[])],
        { input, encoding: 'utf8', cwd: root },
      );
      expect(result.status).toBe(code);
    },
    30_000,
  );
});
