import { style, styleVariants } from '@vanilla-extract/css';

export const inline = style({ display: 'flex', flexDirection: 'row', margin: 0, padding: 0 });
export const wrap = styleVariants({ true: { flexWrap: 'wrap' }, false: { flexWrap: 'nowrap' } });
export const list = style({ listStyle: 'none' });
