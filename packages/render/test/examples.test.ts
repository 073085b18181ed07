import { describe, expect, test } from 'vitest';
import { checkCopy, loadDeps } from '../src/index.js';
import { lexiconDir, tokensDir } from './support/deps.js';

/**
 * Template examples are what Storybook's gallery and the docs show first: they must pass the
 * brand's own lexicon (length budgets included) for every partner, print and screen alike.
 */
describe('template examples', async () => {
  const deps = await loadDeps({ tokensDir, lexiconDir });
  for (const template of Object.values(deps.templates)) {
    test(`${template.id} passes the lexicon for every partner and channel`, () => {
      for (const partner of deps.brand.partners) {
        for (const channel of ['social', 'print']) {
          const copy = () =>
            checkCopy(template.example as Record<string, unknown>, deps.linter, {
              file: `${template.id} example`,
              partner: partner.id,
              channel,
            });
          expect(copy, `${template.id} × ${partner.id} × ${channel}`).not.toThrow();
        }
      }
    });
  }
});
