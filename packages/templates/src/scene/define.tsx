import { nameAfter } from '@blason/tokens/theme';
import type { z } from 'zod';
import { type Frame, frameOf } from '../layout/frame.js';
import type { LockupNames } from '../lockup/geometry.js';
import { lockupNames } from '../lockup/place.js';
import { coBrandingStrip } from '../lockup/strip.js';
import { formatList } from '../text/french.js';
import { axisColors, type TemplatePartner } from '../theme.js';
import type { DrawnParts, TemplateDefinition, TemplateId } from '../types.js';
import { waterFoot } from './device.js';
import { type Scene, SceneElement, type SceneParts, sceneLayout, settleScene } from './scene.js';

export interface TemplateSpec<C> {
  id: TemplateId;
  label: string;
  description: string;
  contentSchema: z.ZodType<C>;
  example: C;
  scene(frame: Frame, content: C, names: LockupNames): SceneParts;
  altText(content: C, partner: TemplatePartner, drawn?: DrawnParts): string;
}

/** Builds a template definition from its scene: the layout and the element come from the same scene. */
export function defineTemplate<C>(spec: TemplateSpec<C>): TemplateDefinition<C> {
  // The scene takes what a layout takes, and the element draws the same scene.
  const sceneOf: (...args: Parameters<TemplateDefinition<C>['layout']>) => Scene = (
    format,
    theme,
    content,
    partner,
    brandName,
    fitted,
  ) => {
    const frame = frameOf(format, theme);
    const parts = spec.scene(frame, content, lockupNames(partner, brandName));
    const axis = parts.pictogram ? axisColors(theme, parts.pictogram.axis).surface : undefined;
    const foot = parts.foot ?? waterFoot(frame, axis);
    const strip = partner.cosigners?.length
      ? coBrandingStrip(frame, parts.lockup, brandName, partner.cosigners)
      : undefined;
    return settleScene(
      {
        format: frame.format,
        composition: frame.composition,
        safeArea: frame.safe,
        ...parts,
        ...(foot ? { foot } : {}),
        ...(strip ?? {}),
      },
      fitted,
    );
  };
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    contentSchema: spec.contentSchema,
    example: spec.example,
    layout: (...args) => sceneLayout(sceneOf(...args)),
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
    altText: (content, partner, drawn) => withCosigners(spec.altText(content, partner, drawn), partner),
  };
}

/** « … Co-signé avec la Communauté de communes du Pays de Lumbres. » when the campaign is co-signed. */
function withCosigners(alt: string, partner: TemplatePartner): string {
  // "avec la Communauté…, l’Office…": the article as French writes it after « avec ».
  const names = (partner.cosigners ?? []).map((c) => nameAfter(c, 'avec').replace(/^avec /, ''));
  return names.length === 0 ? alt : `${alt} Co-signé avec ${formatList(names)}.`;
}
