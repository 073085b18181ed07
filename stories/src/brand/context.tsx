import { createContext, type ReactNode, useContext } from 'react';
import type { PortalBrand, PortalTheme } from './types.js';

export interface PortalState {
  brand: PortalBrand;
  partner: string;
  mode: string;
  theme: PortalTheme;
}

const PortalContext = createContext<PortalState | undefined>(undefined);

export function PortalProvider({ value, children }: { value: PortalState; children: ReactNode }) {
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}

/** The brand and the partner × mode chosen in the toolbar (set by the preview decorator). */
export function usePortal(): PortalState {
  const state = useContext(PortalContext);
  if (!state) throw new Error('usePortal() outside the Storybook brand decorator');
  return state;
}
