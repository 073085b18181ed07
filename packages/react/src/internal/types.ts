import type { ReactNode } from 'react';

/** A documented variant of a component: reused by the tests (axe on each) and by Storybook. */
export interface ComponentExample<Props> {
  readonly name: string;
  readonly description?: string;
  readonly props: Props;
}

export type ResponsiveValue<T> = T | { readonly base?: T; readonly md?: T; readonly lg?: T };

export interface ChildrenProps {
  readonly children?: ReactNode;
}
