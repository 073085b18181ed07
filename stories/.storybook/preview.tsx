import '@blason/theme/css/blason.css';
import '../src/ui/fonts.js';
import '../src/ui/portal.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import { brand, modeIds, partnerIds } from '../src/brand/brand.js';
import { PortalProvider } from '../src/brand/context.js';
import { portalVariables } from '../src/ui/portalVariables.js';

/**
 * Re-themes every story: the partner and mode globals become the `data-partner` / `data-mode`
 * attributes that scope the compiled token CSS, and the resolved theme the pages read.
 */
const withBrandTheme: Decorator = (Story, context) => {
  const partner = partnerIds.includes(context.globals.partner)
    ? context.globals.partner
    : brand.defaults.partner;
  const mode = modeIds.includes(context.globals.mode) ? context.globals.mode : brand.defaults.mode;
  const theme = brand.theme(partner, mode);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.partner = partner;
    root.dataset.mode = mode;
    root.lang = 'fr';
  }, [partner, mode]);
  return (
    <PortalProvider value={{ brand, partner, mode, theme }}>
      <div className="blason-story" data-partner={partner} data-mode={mode} style={portalVariables(theme)}>
        <Story />
      </div>
    </PortalProvider>
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
        items: brand.partners.map((p) => ({ value: p.id, title: p.shortName ?? p.id, right: p.id })),
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Colour mode (print shows the CMYK-backed paper colours)',
      toolbar: {
        title: 'Mode',
        icon: 'contrast',
        items: modeIds.map((id) => ({ value: id, title: id })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { partner: brand.defaults.partner, mode: brand.defaults.mode },
  decorators: [withBrandTheme],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Tokens', 'Components', 'Lexicon', 'Templates'] } },
  },
};

export default preview;
