import { expect, test } from 'vitest';
import type { KitFile } from './manifest.js';
import { kitReadme } from './readme.js';

const file = (path: string, section: KitFile['section']): KitFile => ({
  path,
  section,
  mediaType: 'image/png',
  bytes: 1,
  sha256: '0'.repeat(64),
});

const input = {
  brandName: 'Pays de Saint-Omer',
  partner: {
    id: 'capso',
    officialName: 'Communauté d’agglomération du Pays de Saint-Omer',
    website: 'https://capso.example',
    contactLine: '03 21 00 00 00',
  },
  files: [file('visuals/a.png', 'visual'), file('visuals/b.png', 'visual'), file('print/a3.pdf', 'print')],
  illustrative: true,
};

test('lists only the sections present, with their file counts', () => {
  const readme = kitReadme(input);
  expect(readme).toContain('Visuels pour les réseaux sociaux et le web (`visuals/`, 2 fichiers)');
  expect(readme).toContain('Affiches à imprimer (`print/`, 1 fichier)');
  expect(readme).not.toContain('Logos et blocs-marque');
});

test('says plainly that a sample brand is illustrative, and not otherwise', () => {
  expect(kitReadme(input)).toContain('Marque d’exemple');
  expect(kitReadme({ ...input, illustrative: false })).not.toContain('Marque d’exemple');
});

test('states logo rules when given', () => {
  const readme = kitReadme({
    ...input,
    logoRules: { clearSpace: 'la hauteur du « P »', minSizeScreen: '120 px', minSizePrint: '25 mm' },
  });
  expect(readme).toContain('Taille minimale : 120 px à l’écran, 25 mm à l’impression.');
});
