// Renders campaigns in a child process so a test can kill it mid-run (SIGKILL, no clean-up).
import { renderCampaigns } from '../../src/index.js';

const [outDir, tokensDir, ...campaigns] = process.argv.slice(2);
const report = await renderCampaigns({
  campaigns,
  tokensDir: tokensDir as string,
  outDir: outDir as string,
  formats: ['instagram-square', 'story', 'linkedin'],
  outputs: ['png', 'svg'],
  jobs: 2,
});
process.stdout.write(`${report.visuals.length}\n`);
