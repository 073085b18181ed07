import { frenchSpacing } from '../messages.js';
import { usageError } from '../options.js';
import type { RegisterCommand } from './index.js';

interface StudioFlags {
  readonly port: string;
  readonly host: string;
  readonly root: string;
  readonly jobs?: string;
  readonly allowRemote?: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const registerStudio: RegisterCommand = (program) => {
  program
    .command('studio')
    .description('Start Blason Studio: the web app to make visuals and the HTTP render service (/v1/…)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4173')
    .option('--host <address>', 'address to listen on; anything but loopback exposes the studio', '127.0.0.1')
    .option('--root <dir>', 'repository root: tokens/, tokens/lexicon/, assets/campaigns/', '.')
    .option('-j, --jobs <n>', 'render worker threads (default: cores - 1; 0 renders in the server thread)')
    .option('--allow-remote', 'allow images from remote URLs in rendered content')
    .action(async (flags: StudioFlags) => {
      const port = integerFlag('--port', flags.port, 65_535);
      const threads = flags.jobs === undefined ? undefined : integerFlag('--jobs', flags.jobs, 64);
      if (!LOOPBACK.has(flags.host)) {
        process.stderr.write(
          `${frenchSpacing(`attention : le studio écoute sur ${flags.host} ; toute personne qui atteint cette adresse peut rendre et enregistrer des campagnes`)}\n`,
        );
      }
      // Loaded on demand: the server and its dependencies cost nothing to the other commands.
      const { startStudio } = await import('@blason/studio');
      const studio = await startStudio({
        root: flags.root,
        port,
        host: flags.host,
        allowRemote: flags.allowRemote ?? false,
        ...(threads !== undefined ? { threads } : {}),
      });
      process.stdout.write(`${frenchSpacing(`Blason Studio : ${studio.url}`)}\n`);
      if (!studio.appBuilt)
        process.stderr.write(
          `${frenchSpacing('attention : l’application web n’est pas construite (npm run build -w @blason/studio) ; seule l’API répond')}\n`,
        );
      await new Promise<void>((stopped) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void studio.close().then(stopped);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      process.stdout.write('Blason Studio arrêté\n');
    });
};

function integerFlag(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw usageError(`Option ${flag} invalide : « ${value} »`, [
      {
        code: 'cli/invalid-option',
        path: flag,
        message: `valeur invalide « ${value} »`,
        expected: `un nombre entier de 0 à ${max}`,
        language: 'fr',
      },
    ]);
  return n;
}
