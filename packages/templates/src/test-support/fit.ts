import satori from 'satori';
import { textBlock } from '../text/TextField.js';
import type { FieldFit, TextBox } from '../types.js';
import { fonts } from './satori.js';

interface Measure {
  height: number;
  width: number;
}

async function measure(pairs: Array<{ box: TextBox; fit: FieldFit }>): Promise<Measure[]> {
  const sizes = new Map<string, { width: number; height: number }>();
  const children = pairs.flatMap(({ box, fit }, i) => [
    {
      type: 'div',
      key: `h${i}`,
      props: { 'data-m': `h${i}`, style: { display: 'flex' }, children: textBlock(box, fit) },
    },
    {
      type: 'div',
      key: `w${i}`,
      props: {
        'data-m': `w${i}`,
        style: { display: 'flex' },
        children: textBlock(box, fit, undefined, 'min-content'),
      },
    },
  ]);
  await satori(
    {
      type: 'div',
      key: null,
      props: {
        style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: 8000 },
        children,
      },
    } as never,
    {
      width: 8000,
      fonts,
      onNodeDetected: (node) => {
        const id = node.props?.['data-m'];
        if (typeof id === 'string') sizes.set(id, { width: node.width, height: node.height });
      },
    },
  );
  return pairs.map((_, i) => ({
    height: sizes.get(`h${i}`)?.height ?? Number.NaN,
    width: sizes.get(`w${i}`)?.width ?? Number.NaN,
  }));
}

export interface FitOutcome {
  fitted: Record<string, FieldFit>;
  /** Fields that do not fit even at their smallest step, with why. */
  overflows: string[];
}

/**
 * A plain fitter for tests (the engine has its own): for each box, the largest step whose text
 * is at most the box's height, `maxLines` lines and whose longest unbreakable run fits the width.
 */
export async function fitLayout(boxes: readonly TextBox[]): Promise<FitOutcome> {
  const pairs = boxes.flatMap((box) => box.steps.map((fit) => ({ box, fit })));
  const measures = await measure(pairs);
  const fitted: Record<string, FieldFit> = {};
  const overflows: string[] = [];
  for (const box of boxes) {
    let found: FieldFit | undefined;
    let last: Measure | undefined;
    for (const fit of box.steps) {
      const m = measures[pairs.findIndex((p) => p.box === box && p.fit === fit)] as Measure;
      last = m;
      const line = Math.round(fit.fontSize * fit.lineHeight);
      const lines = Math.round(m.height / line);
      if (m.height <= box.height + 0.5 && lines <= box.maxLines && m.width <= box.width + 0.5) {
        found = { fontSize: fit.fontSize, lineHeight: fit.lineHeight, lines, height: m.height };
        break;
      }
    }
    if (found) fitted[box.field] = found;
    else
      overflows.push(
        `${box.field}: ${Math.ceil(last?.height ?? 0)}×${Math.ceil(last?.width ?? 0)} px in ${box.width}×${box.height}, ${box.maxLines} lines`,
      );
  }
  return { fitted, overflows };
}
