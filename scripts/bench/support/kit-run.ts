/**
 * One cold kit build in a process of its own, so that its peak memory (main thread and worker threads:
 * they share the process) is its own: `node --import tsx kit-run.ts <rootDir> <outDir> [partner,…]`
 * prints `{ ms, partnerMs, maxRssMb, partners, visuals }` as JSON on standard output (`partnerMs`: the
 * partner kits' phase, from the last rendered visual to the end).
 */
import { buildKit } from '@blason/kit/build';
import { kitPhaseClock } from './kit-phases.js';

const [rootDir, outDir, partnerList] = process.argv.slice(2);
if (!rootDir || !outDir) throw new Error('usage: kit-run.ts <rootDir> <outDir> [partner,…]');
const clock = kitPhaseClock();
const summary = await buildKit({
  rootDir,
  outDir,
  force: true,
  onProgress: clock.onProgress,
  ...(partnerList ? { partners: partnerList.split(',') } : {}),
});
const { ms, partnerMs } = clock.stop();
const visuals = summary.partners.reduce((total, partner) => total + partner.visuals, 0);
// maxRSS is in kilobytes on Linux.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ ms, partnerMs, maxRssMb, partners: summary.partners.length, visuals })}\n`,
);
