import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { containerExamples } from './Container.examples.js';
import { Container } from './Container.js';

describe('Container', () => {
  it('can be the main landmark', () => {
    render(<Container as="main">Contenu</Container>);
    expect(screen.getByRole('main')).toHaveTextContent('Contenu');
  });

  it('gives each width its own class', () => {
    const { container } = render(
      <>
        <Container width="narrow" />
        <Container width="wide" />
      </>,
    );
    const [narrow, wide] = Array.from(container.children);
    expect(narrow?.className).not.toEqual(wide?.className);
  });

  it.each(containerExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Container {...props} />);
  });
});
