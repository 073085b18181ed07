import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The code folder of an installed package (`src/` in the repo, `dist/` when published), found by
 * walking up `node_modules` folders like Node does (exports maps hide `package.json`).
 */
export function packageCodeFolder(
  name: string,
  from: string = dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', name);
    if (existsSync(join(root, 'package.json')))
      return existsSync(join(root, 'src')) ? join(root, 'src') : join(root, 'dist');
    if (dirname(dir) === dir) throw new Error(`Cannot find package ${name} from ${from}`);
  }
}
