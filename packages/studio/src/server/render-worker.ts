/** The kit's render task, run on the studio's worker threads. */
export { renderTask as default } from '@blason/render';
