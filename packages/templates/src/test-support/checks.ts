import { isBlasonError, type Problem } from '@blason/core/problem';
import { contains, overlaps } from '../layout/geometry.js';
import type { TemplateLayout } from '../types.js';

/**
 * What is wrong with a layout: a text box or a safe graphic outside the safe area, a text box
 * that cannot hold one line at its smallest step, overlapping text boxes.
 */
export function layoutViolations(layout: TemplateLayout): string[] {
  const out: string[] = [];
  const id = layout.format.id;
  for (const box of layout.text) {
    if (!contains(layout.safeArea, box))
      out.push(
        `${id}: text ${box.field} ${JSON.stringify(rectOf(box))} outside the safe area ${JSON.stringify(layout.safeArea)}`,
      );
    if (box.width <= 0 || box.height <= 0) out.push(`${id}: text ${box.field} is empty`);
    const smallest = box.steps[box.steps.length - 1];
    if (!smallest) out.push(`${id}: text ${box.field} has no step`);
    else if (Math.round(smallest.fontSize * smallest.lineHeight) > box.height) {
      out.push(`${id}: text ${box.field} (${box.height}px) cannot hold one line at ${smallest.fontSize}px`);
    }
    for (let i = 1; i < box.steps.length; i++) {
      if ((box.steps[i]?.fontSize ?? 0) >= (box.steps[i - 1]?.fontSize ?? 0))
        out.push(`${id}: steps of ${box.field} not decreasing`);
    }
  }
  for (const [name, graphic] of Object.entries(layout.graphics)) {
    if (graphic?.safe && !contains(layout.safeArea, graphic)) {
      out.push(
        `${id}: ${name} ${JSON.stringify(rectOf(graphic))} outside the safe area ${JSON.stringify(layout.safeArea)}`,
      );
    }
  }
  const texts = layout.text;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (
        a &&
        b &&
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      ) {
        out.push(`${id}: text ${a.field} overlaps ${b.field}`);
      }
    }
  }
  return out;
}

function rectOf(r: { x: number; y: number; width: number; height: number }) {
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** The fields of the text boxes set on the layout's photo (none: a photo-led scene sets its text beside it). */
export function textOnPhoto(layout: TemplateLayout): string[] {
  const image = layout.graphics.image;
  return image
    ? layout.text.filter((box) => overlaps(box, image)).map((box) => `${box.field} on the photo`)
    : [];
}

/** The problems of the `BlasonError` that `draw` throws; none when it throws nothing. */
export function thrownProblems(draw: () => unknown): readonly Problem[] {
  try {
    draw();
    return [];
  } catch (error) {
    if (isBlasonError(error)) return error.problems;
    throw error;
  }
}
