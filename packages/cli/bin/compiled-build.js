import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether the compiled `dist/` of a workspace package, and of every workspace package it depends on,
 * was written after the last change to their sources. Inside the repository the launcher then runs
 * the compiled code: tsx's loader alone costs about 0.15 s of start-up (its hooks run in a thread of
 * their own), more than a no-change `blason kit` does.
 *
 * A source changed, added, renamed or removed since the build makes the answer false. The check
 * reads status-change times (`ctime`), which every write, rename or removal updates and which no
 * tool can set back (`touch -d`, `cp -p` and tar set `mtime` only), of every file and folder under
 * `src/` besides tests, and of `package.json` and the tsconfig files. The build's time is the
 * modification time of the entry file `tsc` writes (`dist/<entry>.js`): it rewrites every output on
 * each build. Any doubt (a missing entry, an unreadable folder) answers false: the sources then run.
 *
 * @param {string} packageDir the package's folder (holding `package.json`, `src/` and `dist/`)
 * @param {string} entry the compiled entry, relative to `dist/` (`index.js`, `main.js`…)
 * @returns {boolean}
 */
export function compiledIsCurrent(packageDir, entry = 'index.js') {
  try {
    return workspaceClosure(packageDir).every((dir) =>
      isBuiltAfterSources(dir, dir === packageDir ? entry : 'index.js'),
    );
  } catch {
    return false;
  }
}

/** The package's folder and those of the workspace packages it depends on, transitively. */
function workspaceClosure(packageDir) {
  const scope = `${readPackage(packageDir).name.split('/')[0]}/`;
  const found = new Set([packageDir]);
  const pending = [packageDir];
  while (pending.length > 0) {
    const dir = /** @type {string} */ (pending.pop());
    const dependencies = readPackage(dir).dependencies ?? {};
    for (const name of Object.keys(dependencies).filter((dependency) => dependency.startsWith(scope))) {
      // Workspace packages live side by side, each in the folder named after it (`@blason/kit` in `kit/`).
      const sibling = join(dir, '..', name.slice(scope.length));
      if (readPackage(sibling).name !== name) throw new Error(`${name} is not in ${sibling}`);
      if (!found.has(sibling)) {
        found.add(sibling);
        pending.push(sibling);
      }
    }
  }
  return [...found];
}

function isBuiltAfterSources(dir, entry) {
  const built = statSync(join(dir, 'dist', entry)).mtimeMs;
  const settings = readdirSync(dir).filter(
    (name) => name === 'package.json' || /^tsconfig.*\.json$/.test(name),
  );
  return (
    settings.every((name) => statSync(join(dir, name)).ctimeMs < built) &&
    newestChange(join(dir, 'src')) < built
  );
}

/** The latest status change of a folder, of anything under it, tests left out. */
function newestChange(dir) {
  let newest = statSync(dir).ctimeMs;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name.includes('.test.')) continue;
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestChange(path) : statSync(path).ctimeMs);
  }
  return newest;
}

function readPackage(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}
