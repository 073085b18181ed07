import { type Frame, linesHeight, space, textBox } from '../../layout/frame.js';
import { columns, rect, rows, takeBottom } from '../../layout/geometry.js';
import type { LockupNames } from '../../lockup/geometry.js';
import { lockupBandHeight, placeLockup } from '../../lockup/place.js';
import { sideBySideOnLandscape } from '../../scene/parts.js';
import type { Painted, Panel, SceneParts } from '../../scene/scene.js';
import { guillemets } from '../../text/french.js';
import type { Rect } from '../../types.js';
import { attributionText } from './alt.js';
import type { CitationContent } from './schema.js';

/** The quote hangs from its opening rule, as large as the type scale allows. */
function quoteBox(frame: Frame, content: CitationContent, area: Rect): Painted {
  return [
    {
      box: textBox(frame, {
        field: 'quote',
        text: guillemets(content.quote),
        role: 'headline',
        box: area,
        largest: '7xl',
        smallest: 'xl',
        maxLines: 12,
      }),
      color: frame.theme.color.text.onBrand,
    },
  ];
}

/** Who said it, and the context below. */
function signature(frame: Frame, content: CitationContent, area: Rect): Painted {
  const c = frame.theme.color;
  const contextH = content.context ? linesHeight(frame, 'body', 'lg', 1) : 0;
  const [who, context] = rows(
    area,
    contextH > 0 ? [{ fr: 1 }, contextH] : [{ fr: 1 }],
    space(frame, 1),
  ) as Rect[];
  const out: Painted = [
    {
      box: textBox(frame, {
        field: content.anonymous ? 'attribution.role' : 'attribution.name',
        text: `—\u00a0${attributionText(content)}`,
        role: 'subtitle',
        box: who as Rect,
        largest: '3xl',
        smallest: 'md',
        maxLines: 2,
        verticalAlign: 'end',
      }),
      color: c.text.onBrand,
    },
  ];
  if (context && content.context) {
    out.push({
      box: textBox(frame, {
        field: 'context',
        text: content.context,
        role: 'body',
        box: context,
        largest: 'xl',
        smallest: 'sm',
        maxLines: 1,
      }),
      color: c.text.onBrand,
    });
  }
  return out;
}

function signatureHeight(frame: Frame, content: CitationContent): number {
  return (
    linesHeight(frame, 'subtitle', 'xl', 2) +
    (content.context ? linesHeight(frame, 'body', 'lg', 1) + space(frame, 1) : 0)
  );
}

/** A rule opening the quote. */
function rule(frame: Frame, at: Rect, vertical: boolean): Panel {
  const thickness = Math.round(frame.theme.border.width.thick * frame.scale * 1.5);
  const length = Math.round((vertical ? at.height : at.width) * 0.18);
  return vertical
    ? { ...rect(at.x, at.y, thickness, length), color: frame.theme.color.text.onBrand }
    : { ...rect(at.x, at.y, length, thickness), color: frame.theme.color.text.onBrand };
}

function stacked(frame: Frame, content: CitationContent, names: LockupNames): SceneParts {
  const { theme, safe } = frame;
  const gap = space(frame, 6);
  const lockupH = lockupBandHeight(frame, names, 'horizontal', 0.5);
  const [lockupArea, above] = takeBottom(safe, lockupH, gap);
  const [signatureArea, quoteArea] = takeBottom(above, signatureHeight(frame, content), gap);
  const ruleH = Math.round(theme.border.width.thick * frame.scale * 1.5);
  const [ruleArea, quoteText] = rows(quoteArea, [ruleH, { fr: 1 }], gap) as [Rect, Rect];
  return {
    background: theme.color.surface.brand,
    panels: [rule(frame, ruleArea, false)],
    text: [...quoteBox(frame, content, quoteText), ...signature(frame, content, signatureArea)],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'reversed',
      verticalAlign: 'end',
    }),
  };
}

function sideBySide(frame: Frame, content: CitationContent, names: LockupNames): SceneParts {
  const { theme, safe } = frame;
  const gap = space(frame, 6);
  const ruleW = Math.round(theme.border.width.thick * frame.scale * 1.5);
  const [ruleArea, body] = columns(safe, [ruleW, { fr: 1 }], gap) as [Rect, Rect];
  const bottomH = Math.max(
    signatureHeight(frame, content),
    lockupBandHeight(frame, names, 'horizontal', 0.3),
  );
  const [bottom, quoteArea] = takeBottom(body, bottomH, gap);
  const [signatureArea, lockupArea] = columns(bottom, [{ fr: 1.2 }, { fr: 1 }], 2 * gap) as [Rect, Rect];
  return {
    background: theme.color.surface.brand,
    panels: [rule(frame, ruleArea, true)],
    text: [...quoteBox(frame, content, quoteArea), ...signature(frame, content, signatureArea)],
    lockup: placeLockup(frame, names, lockupArea, {
      orientation: 'horizontal',
      variant: 'reversed',
      align: 'end',
      verticalAlign: 'end',
    }),
  };
}

export const citationScene = sideBySideOnLandscape(sideBySide, stacked);
