import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { gridExamples } from './Grid.examples.js';
import { Grid } from './Grid.js';

describe('Grid', () => {
  it('adds one class per breakpoint of a responsive column count', () => {
    const { container } = render(
      <>
        <Grid columns={2} />
        <Grid columns={{ base: 1, md: 2, lg: 3 }} />
      </>,
    );
    const [fixed, responsive] = Array.from(container.children).map((grid) => grid.classList.length);
    expect(responsive).toBe((fixed ?? 0) + 2);
  });

  it.each(gridExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Grid {...props} />);
  });
});
