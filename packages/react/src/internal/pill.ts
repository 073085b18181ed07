import { vars } from '../theme/contract.js';

/** The shape of tags and badges: one line of small body text in a bordered pill. */
export const pill = {
  display: 'inline-flex',
  alignItems: 'center',
  paddingBlock: vars.space['1'],
  paddingInline: vars.space['3'],
  borderRadius: vars.radius.pill,
  borderStyle: 'solid',
  borderWidth: vars.border.width.thin,
  fontFamily: vars.font.family.body,
  fontSize: vars.font.size.sm,
  lineHeight: vars.font.lineHeight.tight,
} as const;
