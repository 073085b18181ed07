import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import '@fontsource/bricolage-grotesque/400.css';
import '@fontsource/bricolage-grotesque/700.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import { modeIds, partnerIds, partnerLabel } from '../src/brand/brand.js';

/**
 * Re-themes every story: the partner and mode globals become the `data-partner` / `data-mode`
 * attributes that scope the compiled token CSS (`@blason/tokens/css/blason.css`).
 */
const withBrandTheme: Decorator = (Story, context) => {
  const partner = String(context.globals.partner ?? partnerIds[0]);
  const mode = String(context.globals.mode ?? modeIds[0]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.partner = partner;
    root.dataset.mode = mode;
    root.lang = 'fr';
  }, [partner, mode]);
  return (
    <div className="blason-story" data-partner={partner} data-mode={mode}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    partner: {
      description: 'Partner entity whose tokens theme every story',
      toolbar: {
        title: 'Partner',
        icon: 'users',
        items: partnerIds.map((id) => ({ value: id, title: partnerLabel(id) })),
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Colour mode',
      toolbar: {
        title: 'Mode',
        icon: 'contrast',
        items: modeIds.map((id) => ({ value: id, title: id })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { partner: partnerIds[0], mode: modeIds[0] },
  decorators: [withBrandTheme],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Tokens', 'Components', 'Lexicon', 'Templates'] } },
  },
};

export default preview;
