import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReactElement } from 'react';
import satori, { type Font } from 'satori';

const require = createRequire(import.meta.url);

function font(pkg: string, file: string): Buffer {
  return readFileSync(require.resolve(`${pkg}/${file}`));
}

const atkinson = '@expo-google-fonts/atkinson-hyperlegible-next';
const bricolage = '@expo-google-fonts/bricolage-grotesque';

/** The brand fonts as satori loads them, read once for all tests. */
export const fonts: Font[] = [
  {
    name: 'Atkinson Hyperlegible Next',
    data: font(atkinson, '400Regular/AtkinsonHyperlegibleNext_400Regular.ttf'),
    weight: 400,
    style: 'normal',
  },
  {
    name: 'Atkinson Hyperlegible Next',
    data: font(atkinson, '600SemiBold/AtkinsonHyperlegibleNext_600SemiBold.ttf'),
    weight: 600,
    style: 'normal',
  },
  {
    name: 'Atkinson Hyperlegible Next',
    data: font(atkinson, '700Bold/AtkinsonHyperlegibleNext_700Bold.ttf'),
    weight: 700,
    style: 'normal',
  },
  {
    name: 'Bricolage Grotesque',
    data: font(bricolage, '700Bold/BricolageGrotesque_700Bold.ttf'),
    weight: 700,
    style: 'normal',
  },
  {
    name: 'Bricolage Grotesque',
    data: font(bricolage, '800ExtraBold/BricolageGrotesque_800ExtraBold.ttf'),
    weight: 800,
    style: 'normal',
  },
];

export function renderSvg(element: ReactElement, width: number, height: number): Promise<string> {
  return satori(element, { width, height, fonts });
}
