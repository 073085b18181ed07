import type { ReactElement } from 'react';
import type { FormatSpec } from '../format.js';
import { absoluteAt } from '../layout/position.js';
import { CoBrandingLockup } from '../lockup/CoBrandingLockup.js';
import type { PlacedLockup } from '../lockup/place.js';
import { QrCode } from '../qr/qr.js';
import { groupFits, TextField } from '../text/TextField.js';
import type { AxisId, TemplateTheme } from '../theme.js';
import type {
  Composition,
  FieldFit,
  GraphicBox,
  Rect,
  TemplateAssets,
  TemplateLayout,
  TextBox,
} from '../types.js';
import { svgDataUri, type WaterFoot, type WaveEdge, waterFootSvg, wavyFieldPath } from './device.js';

export interface Panel extends Rect {
  color: string;
  radius?: number;
  /** The brand device: the field ends on a wave on this side (inside its box). */
  wave?: WaveEdge;
  /** The field frames one content block (a key figure's tile): reported as a `tile` graphic. */
  tile?: boolean;
}

/** A text box with its colour; `above` keeps it right on top of another field's text as drawn. */
export interface PaintedText {
  box: TextBox;
  color: string;
  /** The field (bottom-aligned) this text sits on, `gap` px above its first line. */
  above?: { field: string; gap: number };
}

export type Painted = PaintedText[];

/**
 * Text blocks read as one (a call to register and its URL), centred together in `within` once
 * their heights as drawn are known: a box sized for a line its text did not take would leave that
 * line empty on one side.
 */
export interface CentredGroup {
  fields: readonly string[];
  within: Rect;
}

/** A drawn mark (an SVG in its box): the quote's guillemet. `above` works as for text. */
export interface Ornament {
  box: Rect;
  svg: string;
  above?: { field: string; gap: number };
}

/**
 * Everything a template draws for one format: the public layout (text boxes and graphics the
 * engine checks) plus the paint of each part.
 */
export interface Scene {
  format: FormatSpec;
  composition: Composition;
  safeArea: Rect;
  /** Canvas colour; undefined leaves it transparent (a photo is composited underneath). */
  background: string | undefined;
  panels: Panel[];
  text: Painted;
  lockup: PlacedLockup;
  /** The co-signers' lockups, in the co-branding strip beside the partner's. */
  cosigners?: PlacedLockup[];
  qr?: { box: Rect; data: string; color: string; background: string };
  /** The thematic axis' pictogram; `above` works as for text. */
  pictogram?: { box: Rect; axis: AxisId; color: string; above?: { field: string; gap: number } };
  image?: { box: Rect; focalPoint: { x: number; y: number } };
  ornaments?: Ornament[];
  /** The brand device's water foot under the bottom safe zone (absent when the brand has none). */
  foot?: WaterFoot;
  /** Text groups centred in their band once fitted (`settleScene`). */
  centred?: CentredGroup[];
}

/** What a template's scene draws: the frame it is laid out in gives the rest. */
export type SceneParts = Omit<Scene, 'format' | 'composition' | 'safeArea'>;

/** Height of a fitted text as drawn: measured by the engine, else its lines at the chosen size. */
function drawnHeight(fit: FieldFit | undefined): number | undefined {
  if (!fit) return undefined;
  if (fit.height !== undefined) return fit.height;
  return fit.lines === undefined ? undefined : fit.lines * Math.round(fit.fontSize * fit.lineHeight);
}

/**
 * Once the text is fitted, a box drawn `above` a bottom-aligned field moves down onto that
 * field's first line (a kicker stays with its title however many lines the title takes); the
 * field's box gives up the freed top, so boxes never overlap and stay where they were laid out.
 * A centred group moves to the middle of its band (`centreGroup`).
 */
export function settleScene(scene: Scene, fitted: Partial<Record<string, FieldFit>> | undefined): Scene {
  const anchored = scene.text.some((t) => t.above) || scene.ornaments?.some((o) => o.above);
  if (!fitted || !(anchored || scene.pictogram?.above || scene.centred?.length)) return scene;
  const text = scene.text.map((t) => ({ ...t }));
  const byField = new Map(text.map((t) => [t.box.field, t]));
  // Drawn marks follow the text as laid out, before a kicker moves it.
  const ornaments = scene.ornaments?.map((o) => settleMark(o, byField, fitted));
  const pictogram = scene.pictogram && settleMark(scene.pictogram, byField, fitted);
  for (const entry of text) {
    const target = entry.above ? byField.get(entry.above.field) : undefined;
    const drawn = target ? drawnHeight(fitted[target.box.field]) : undefined;
    if (!entry.above || !target || drawn === undefined || target.box.verticalAlign !== 'end') continue;
    const textTop = target.box.y + target.box.height - Math.ceil(drawn);
    const shift = Math.floor(textTop - entry.above.gap - entry.box.height) - entry.box.y;
    if (shift <= 0) continue;
    entry.box = { ...entry.box, y: entry.box.y + shift };
    target.box = { ...target.box, y: target.box.y + shift, height: target.box.height - shift };
  }
  for (const group of scene.centred ?? []) centreGroup(group, byField, fitted);
  return { ...scene, text, ...(ornaments ? { ornaments } : {}), ...(pictogram ? { pictogram } : {}) };
}

/**
 * Each box of the group shrinks to its text as drawn (where its alignment sets it), then the group
 * moves to the middle of its band. Left as laid out when a member was not fitted.
 */
function centreGroup(
  group: CentredGroup,
  byField: ReadonlyMap<string, PaintedText>,
  fitted: Partial<Record<string, FieldFit>>,
): void {
  const members = group.fields.map((field) => byField.get(field));
  const hugged = members.map((member) => {
    const drawn = member && drawnHeight(fitted[member.box.field]);
    if (!member || drawn === undefined) return undefined;
    const height = Math.ceil(drawn);
    const free = member.box.height - height;
    const offset = { start: 0, center: Math.floor(free / 2), end: free }[member.box.verticalAlign];
    return { member, top: member.box.y + offset, height };
  });
  if (hugged.some((h) => h === undefined)) return;
  const boxes = hugged as { member: PaintedText; top: number; height: number }[];
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  const shift = Math.round(group.within.y + (group.within.height - (bottom - top)) / 2 - top);
  for (const { member, top: y, height } of boxes) member.box = { ...member.box, y: y + shift, height };
}

/** A mark drawn `above` a bottom-aligned field, moved down onto its text as drawn. */
function settleMark<M extends { box: Rect; above?: { field: string; gap: number } }>(
  mark: M,
  byField: ReadonlyMap<string, PaintedText>,
  fitted: Partial<Record<string, FieldFit>>,
): M {
  const target = mark.above ? byField.get(mark.above.field) : undefined;
  const drawn = target ? drawnHeight(fitted[target.box.field]) : undefined;
  if (!mark.above || !target || drawn === undefined || target.box.verticalAlign !== 'end') return mark;
  const textTop = target.box.y + target.box.height - Math.ceil(drawn);
  const y = Math.floor(textTop - mark.above.gap - mark.box.height);
  return y > mark.box.y ? { ...mark, box: { ...mark.box, y } } : mark;
}

export function sceneLayout(scene: Scene): TemplateLayout {
  const graphics: Record<string, GraphicBox> = { lockup: scene.lockup.graphic };
  scene.cosigners?.forEach((c, index) => {
    graphics[`cosigner${index}`] = c.graphic;
  });
  if (scene.qr) graphics.qr = { ...scene.qr.box, kind: 'qr', safe: true };
  if (scene.pictogram) graphics.pictogram = { ...scene.pictogram.box, kind: 'pictogram', safe: true };
  if (scene.image) graphics.image = { ...scene.image.box, kind: 'image', safe: false };
  scene.ornaments?.forEach((o, index) => {
    graphics[`ornament${index}`] = { ...o.box, kind: 'background', safe: true };
  });
  if (scene.foot) graphics.foot = { ...scene.foot.box, kind: 'background', safe: false };
  scene.panels.forEach((panel, index) => {
    graphics[`panel${index}`] = {
      x: panel.x,
      y: panel.y,
      width: panel.width,
      height: panel.height,
      kind: panel.tile ? 'tile' : 'background',
      safe: false,
    };
  });
  return {
    format: scene.format,
    composition: scene.composition,
    safeArea: scene.safeArea,
    text: [
      ...scene.text.map((t) => t.box),
      ...scene.lockup.text,
      ...(scene.cosigners ?? []).flatMap((c) => c.text),
    ],
    graphics,
  };
}

export function SceneElement(props: {
  scene: Scene;
  theme: TemplateTheme;
  fitted: Partial<Record<string, FieldFit>>;
  assets: TemplateAssets;
}): ReactElement {
  const { scene, theme, assets } = props;
  const { format } = scene;
  const fitted = groupFits(
    scene.text.map((t) => t.box),
    props.fitted,
  );
  return (
    <div
      lang="fr-FR"
      style={{
        position: 'relative',
        display: 'flex',
        boxSizing: 'border-box',
        width: format.width,
        height: format.height,
        overflow: 'hidden',
        ...(scene.background ? { backgroundColor: scene.background } : {}),
      }}
    >
      {scene.image ? <Photo image={scene.image} src={assets.image} /> : null}
      {scene.panels.map((panel, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: panels are drawn in a fixed order
        <PanelShape key={index} panel={panel} />
      ))}
      {scene.foot ? <Foot foot={scene.foot} /> : null}
      {(scene.ornaments ?? []).map((o, index) => (
        <img
          // biome-ignore lint/suspicious/noArrayIndexKey: ornaments are drawn in a fixed order
          key={`ornament${index}`}
          src={svgDataUri(o.svg)}
          alt=""
          width={o.box.width}
          height={o.box.height}
          style={absoluteAt(o.box)}
        />
      ))}
      {scene.pictogram ? <Pictogram {...scene.pictogram} assets={assets} /> : null}
      {scene.qr ? <QrCode {...scene.qr} /> : null}
      {scene.text.map(({ box, color }) => (
        <TextField key={box.field} box={box} fitted={fitted} color={color} />
      ))}
      {[scene.lockup, ...(scene.cosigners ?? [])].map((placed) => (
        <Lockup key={placed.text[0]?.field} placed={placed} theme={theme} />
      ))}
    </div>
  );
}

function Lockup(props: { placed: PlacedLockup; theme: TemplateTheme }): ReactElement {
  const { placed, theme } = props;
  return (
    <CoBrandingLockup
      theme={theme}
      names={{ brand: placed.geometry.brand.text, lines: placed.geometry.lines.map((l) => l.text) }}
      geometry={placed.geometry}
      orientation={placed.geometry.orientation}
      variant={placed.variant}
      x={placed.origin.x}
      y={placed.origin.y}
    />
  );
}

function PanelShape(props: { panel: Panel }): ReactElement {
  const { panel } = props;
  if (panel.wave && panel.width > 0 && panel.height > 0) {
    const path = wavyFieldPath(panel.width, panel.height, panel.wave);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${panel.width}" height="${panel.height}" viewBox="0 0 ${panel.width} ${panel.height}"><path d="${path}" fill="${panel.color}"/></svg>`;
    return (
      <img src={svgDataUri(svg)} alt="" width={panel.width} height={panel.height} style={absoluteAt(panel)} />
    );
  }
  return (
    <div
      style={{
        ...absoluteAt(panel),
        backgroundColor: panel.color,
        ...(panel.radius ? { borderRadius: panel.radius } : {}),
      }}
    />
  );
}

function Foot(props: { foot: WaterFoot }): ReactElement {
  const { box } = props.foot;
  return (
    <img
      src={svgDataUri(waterFootSvg(props.foot))}
      alt=""
      width={box.width}
      height={box.height}
      style={absoluteAt(box)}
    />
  );
}

function Photo(props: { image: NonNullable<Scene['image']>; src: string | undefined }): ReactElement | null {
  const { image, src } = props;
  if (!src) return null;
  const { box, focalPoint } = image;
  return (
    <img
      src={src}
      alt=""
      width={box.width}
      height={box.height}
      style={{
        ...absoluteAt(box),
        objectFit: 'cover',
        objectPosition: `${Math.round(focalPoint.x * 100)}% ${Math.round(focalPoint.y * 100)}%`,
      }}
    />
  );
}

function Pictogram(props: { box: Rect; axis: AxisId; color: string; assets: TemplateAssets }): ReactElement {
  const { box, axis, color, assets } = props;
  if (!assets.pictogram) {
    throw new Error(`The template needs the pictogram of axis "${axis}": pass assets.pictogram`);
  }
  const side = Math.min(box.width, box.height);
  return (
    <img
      src={assets.pictogram(axis, color)}
      alt=""
      width={side}
      height={side}
      style={absoluteAt({ x: box.x, y: box.y, width: side, height: side })}
    />
  );
}
