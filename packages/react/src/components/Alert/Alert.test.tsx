import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { alertExamples } from './Alert.examples.js';
import { Alert, type AlertTone } from './Alert.js';

describe('Alert', () => {
  it.each([
    ['info', 'Information'],
    ['success', 'Succès'],
    ['warning', 'Attention'],
    ['danger', 'Erreur'],
  ] as const)('announces the %s tone by name, not only by colour', (tone: AlertTone, name) => {
    const { container } = render(<Alert tone={tone} title="Message" />);
    expect(container.textContent).toBe(`${name} : Message`);
  });

  it('draws a different icon shape for each tone', () => {
    const { container } = render(
      (['info', 'success', 'warning', 'danger'] as const).map((tone) => <Alert key={tone} tone={tone} />),
    );
    const shapes = Array.from(container.querySelectorAll('path')).map((path) => path.getAttribute('d'));
    expect(new Set(shapes).size).toBe(4);
  });

  it('is a live region only when asked', () => {
    render(
      <>
        <Alert live="assertive" title="Échec" />
        <Alert live="polite" title="Enregistré" />
        <Alert title="Statique" />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Échec');
    expect(screen.getByRole('status')).toHaveTextContent('Enregistré');
  });

  it.each(alertExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Alert {...props} />);
  });
});
