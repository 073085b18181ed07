import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectAccessibleInEveryTheme } from '../../../test/a11y.js';
import { textExamples } from './Text.examples.js';
import { Text } from './Text.js';

describe('Text', () => {
  it('renders a paragraph by default and the element asked for otherwise', () => {
    render(
      <>
        <Text>Paragraphe</Text>
        <Text as="strong">Important</Text>
      </>,
    );
    expect(screen.getByText('Paragraphe').tagName).toBe('P');
    expect(screen.getByText('Important').tagName).toBe('STRONG');
  });

  it('styles variants and tones with different classes', () => {
    render(
      <>
        <Text>Corps</Text>
        <Text variant="caption" tone="muted">
          Légende
        </Text>
      </>,
    );
    expect(screen.getByText('Corps').className).not.toEqual(screen.getByText('Légende').className);
  });

  it.each(textExamples)('has no axe violation: $name', async ({ props }) => {
    await expectAccessibleInEveryTheme(<Text {...props} />);
  });
});
