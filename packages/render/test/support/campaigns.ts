import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const EVENT = {
  id: 'journee-elus',
  template: 'evenement',
  content: {
    kicker: 'Journée de formation',
    title: 'Penser son mandat',
    date: '2027-03-18',
    startTime: '09:00',
    endTime: '17:00',
    place: 'Maison de l’agglomération',
    address: 'Saint-Omer',
  },
  partners: 'all',
};

/** A temporary folder with campaign files written from objects (YAML). */
export async function campaignDir(
  campaigns: Record<string, unknown>,
): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'blason-render-'));
  const files: string[] = [];
  for (const [name, campaign] of Object.entries(campaigns)) {
    const file = join(dir, `${name}.yaml`);
    await writeFile(file, stringify(campaign));
    files.push(file);
  }
  return { dir, files };
}
