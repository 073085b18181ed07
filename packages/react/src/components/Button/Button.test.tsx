import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { buttonExamples } from './Button.examples.js';
import { Button } from './Button.js';

describe('Button', () => {
  it('is a type="button" by default so it never submits a form by accident', () => {
    render(<Button>Envoyer</Button>);
    expect(screen.getByRole('button', { name: 'Envoyer' })).toHaveAttribute('type', 'button');
  });

  it('calls onClick when pressed with the keyboard', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Envoyer</Button>);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('while loading: busy, still focusable, announces it and ignores clicks', async () => {
    const onClick = vi.fn();
    render(
      <Button loading onClick={onClick}>
        Envoyer
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Envoyer, chargement en cours' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('disabled: not clickable', async () => {
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        Complet
      </Button>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Complet' }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('names an icon-only button with its label and hides the icon', () => {
    render(<Button icon={<svg />} label="Fermer" />);
    const button = screen.getByRole('button', { name: 'Fermer' });
    expect(button.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
  });

  it('announces loading on an icon-only button too', () => {
    render(<Button icon={<svg />} label="Envoyer" loading />);
    expect(screen.getByRole('button', { name: 'Envoyer, chargement en cours' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  });

  it('requires a label on an icon-only button in the types', () => {
    // @ts-expect-error an icon-only button needs a label
    const element = <Button icon={<svg />} />;
    expect(element.props.label).toBeUndefined();
  });

  it('gives each variant its own classes', () => {
    render(
      <>
        <Button variant="primary">A</Button>
        <Button variant="secondary">B</Button>
        <Button variant="tertiary">C</Button>
      </>,
    );
    const classes = screen.getAllByRole('button').map((button) => button.className);
    expect(new Set(classes).size).toBe(3);
  });

  it.each(buttonExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Button {...props} />);
  });
});
