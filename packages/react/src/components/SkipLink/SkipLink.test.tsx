import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { skipLinkExamples } from './SkipLink.examples.js';
import { SkipLink } from './SkipLink.js';

/** A page whose main content is not focusable by itself, after a home link. */
function renderPage() {
  render(
    <>
      <SkipLink />
      <a href="/">Accueil</a>
      <main id="contenu">Contenu</main>
    </>,
  );
}

describe('SkipLink', () => {
  it('is the first stop of the keyboard and points at the main content', async () => {
    renderPage();
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Aller au contenu' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '#contenu');
  });

  it('moves the focus to a target that is not focusable by itself', async () => {
    renderPage();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(main).toHaveFocus();
    expect(main).toHaveAttribute('tabindex', '-1');
  });

  it('keeps the tabindex the target already has', async () => {
    render(
      <>
        <SkipLink targetId="principal" />
        <section id="principal" tabIndex={-1} aria-label="Principal">
          Contenu
        </section>
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Aller au contenu' }));
    expect(screen.getByRole('region', { name: 'Principal' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Principal' })).toHaveAttribute('tabindex', '-1');
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
