import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); nothing in this suite downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the networking flags Chromium keeps trying to reach the internet. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
];

/** Why the browser suite cannot run here, or undefined when it can. */
export function browserUnavailableReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  return `Chromium not found at ${chromiumPath} (install it with \`apt-get install chromium\` or set CHROMIUM_PATH)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
