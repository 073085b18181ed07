/**
 * One cold kit build in a process of its own, so that its peak memory (main thread and worker threads:
 * they share the process) is its own: `node --import tsx kit-run.ts <rootDir> <outDir> [partner,…]`
 * prints `{ ms, maxRssMb, partners, visuals }` as JSON on standard output.
 */
import { buildKit } from '@blason/kit';

const [rootDir, outDir, partnerList] = process.argv.slice(2);
if (!rootDir || !outDir) throw new Error('usage: kit-run.ts <rootDir> <outDir> [partner,…]');
const started = performance.now();
const summary = await buildKit({
  rootDir,
  outDir,
  force: true,
  ...(partnerList ? { partners: partnerList.split(',') } : {}),
});
const ms = performance.now() - started;
const visuals = summary.partners.reduce((total, partner) => total + partner.visuals, 0);
// maxRSS is in kilobytes on Linux.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb, partners: summary.partners.length, visuals })}\n`);
