/**
 * One cold kit build in a process of its own, so that its peak memory (main thread and worker threads:
 * they share the process) is its own: `node --import tsx kit-run.ts <rootDir> <outDir> [partner,…]`
 * prints `{ ms, partnerMs, maxRssMb, partners, visuals }` as JSON on standard output (`partnerMs`: the
 * partner kits' phase, from the last rendered visual to the end).
 */
import { buildKit } from '@blason/kit';

const [rootDir, outDir, partnerList] = process.argv.slice(2);
if (!rootDir || !outDir) throw new Error('usage: kit-run.ts <rootDir> <outDir> [partner,…]');
const started = performance.now();
let rendered = started;
const summary = await buildKit({
  rootDir,
  outDir,
  force: true,
  onProgress: (event) => {
    if (event.step === 'render') rendered = performance.now();
  },
  ...(partnerList ? { partners: partnerList.split(',') } : {}),
});
const ended = performance.now();
const ms = ended - started;
const partnerMs = ended - rendered;
const visuals = summary.partners.reduce((total, partner) => total + partner.visuals, 0);
// maxRSS is in kilobytes on Linux.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ ms, partnerMs, maxRssMb, partners: summary.partners.length, visuals })}\n`,
);
