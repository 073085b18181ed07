import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { skipLinkExamples } from './SkipLink.examples.js';
import { SkipLink } from './SkipLink.js';

describe('SkipLink', () => {
  it('is the first stop of the keyboard and points at the main content', async () => {
    render(
      <>
        <SkipLink />
        <a href="/">Accueil</a>
        <main id="contenu">Contenu</main>
      </>,
    );
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Aller au contenu' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '#contenu');
  });

  it.each(skipLinkExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(
      <>
        <SkipLink {...props} />
        <div id={props.targetId ?? 'contenu'}>Contenu</div>
      </>,
    );
  });
});
