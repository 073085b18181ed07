import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { stackExamples } from './Stack.examples.js';
import { Stack } from './Stack.js';

describe('Stack', () => {
  it('renders a list element with its items when asked for one', () => {
    render(
      <Stack as="ul">
        <li>Ateliers</li>
        <li>Conférences</li>
      </Stack>,
    );
    expect(screen.getByRole('list')).toContainElement(screen.getByText('Ateliers'));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('gives different gaps different classes', () => {
    const { container } = render(
      <>
        <Stack gap={2} />
        <Stack gap={8} />
      </>,
    );
    const [small, large] = Array.from(container.children);
    expect(small?.className).not.toEqual(large?.className);
  });

  it.each(stackExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Stack {...props} />);
  });
});
