import { style } from '@vanilla-extract/css';

export const grid = style({ display: 'grid', margin: 0, padding: 0 });
export const list = style({ listStyle: 'none' });
