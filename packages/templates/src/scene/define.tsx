import type { z } from 'zod';
import type { FormatSpec } from '../format.js';
import { type Frame, frameOf } from '../layout/frame.js';
import type { LockupNames } from '../lockup/geometry.js';
import { lockupNames } from '../lockup/place.js';
import type { TemplatePartner, TemplateTheme } from '../theme.js';
import type { FieldFit, TemplateDefinition, TemplateId } from '../types.js';
import { type Scene, SceneElement, sceneLayout, settleScene } from './scene.js';

export interface TemplateSpec<C> {
  id: TemplateId;
  label: string;
  description: string;
  contentSchema: z.ZodType<C>;
  example: C;
  scene(frame: Frame, content: C, names: LockupNames): Scene;
  altText(content: C, partner: TemplatePartner): string;
}

/** Builds a template definition from its scene: the layout and the element come from the same scene. */
export function defineTemplate<C>(spec: TemplateSpec<C>): TemplateDefinition<C> {
  const sceneOf = (
    format: FormatSpec,
    theme: TemplateTheme,
    content: C,
    partner: TemplatePartner,
    brandName: string,
    fitted?: Partial<Record<string, FieldFit>>,
  ) => settleScene(spec.scene(frameOf(format, theme), content, lockupNames(partner, brandName)), fitted);
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    contentSchema: spec.contentSchema,
    example: spec.example,
    layout: (format, theme, content, partner, brandName, fitted) =>
      sceneLayout(sceneOf(format, theme, content, partner, brandName, fitted)),
    element: (props) => (
      <SceneElement
        scene={sceneOf(
          props.format,
          props.theme,
          props.content,
          props.partner,
          props.brandName,
          props.fitted,
        )}
        theme={props.theme}
        fitted={props.fitted}
        assets={props.assets}
      />
    ),
    draw: (format, theme, content, partner, brandName, fitted) => {
      const scene = sceneOf(format, theme, content, partner, brandName, fitted);
      return {
        layout: sceneLayout(scene),
        element: (assets) => <SceneElement scene={scene} theme={theme} fitted={fitted} assets={assets} />,
      };
    },
    altText: spec.altText,
  };
}
