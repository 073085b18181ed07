import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './a11y.js';

describe('the axe harness', () => {
  it('reports a real violation, so a passing component test means something', async () => {
    const { container } = render(
      <button type="button">
        <svg />
      </button>,
    );
    expect((await axeViolations(container)).join('\n')).toMatch(/^button-name/);
  });
});
