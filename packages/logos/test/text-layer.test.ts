import { describe, expect, test } from 'vitest';
import { textRuns } from '../src/sheet/text-layer.js';

const run = (x: number, width: number, text: string, y = 100, size = 20) =>
  `<text x="${x}" y="${y}" width="${width}" height="24" font-size="${size}" fill="#000">${text}</text>`;

describe('text runs of a satori SVG', () => {
  test('words of one line are joined with a space, punctuation glued to its word', () => {
    const svg = `<svg>${run(10, 50, 'Saint')}${run(60, 40, '-Omer')}${run(100, 8, ',')}${run(113, 40, 'Tout')}</svg>`;
    // 5 px (a quarter em) between « Saint-Omer, » and « Tout »: a word space; none before « -Omer ».
    expect(textRuns(svg)).toEqual([{ x: 10, y: 100, width: 143, fontSize: 20, text: 'Saint-Omer, Tout' }]);
  });

  test('another baseline, another size or a column an em away starts another line', () => {
    const svg = `<svg>${run(10, 50, 'Un')}${run(10, 50, 'Deux', 130)}${run(65, 30, 'trois', 130, 12)}${run(200, 30, 'Quatre', 130, 12)}</svg>`;
    expect(textRuns(svg).map((r) => r.text)).toEqual(['Un', 'Deux', 'trois', 'Quatre']);
  });

  test('XML entities are read back, empty runs dropped', () => {
    const svg = `<svg>${run(10, 50, 'A &amp; B &lt;C&gt; l&#39;eau')}${run(80, 5, ' ')}</svg>`;
    expect(textRuns(svg).map((r) => r.text)).toEqual(["A & B <C> l'eau"]);
  });
});
