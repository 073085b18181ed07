export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags: string[];
}

/** The entries of a built Storybook's `index.json`. */
export async function readIndex(baseUrl: string): Promise<IndexEntry[]> {
  const response = await fetch(`${baseUrl}/index.json`);
  if (!response.ok) throw new Error(`index.json: HTTP ${response.status}`);
  const index = (await response.json()) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).sort((a, b) => a.id.localeCompare(b.id));
}

export interface Theme {
  partner: string;
  mode: string;
}

/** The iframe URL of one story or docs page, themed through the URL globals. */
export function entryUrl(baseUrl: string, entry: IndexEntry, theme: Theme): string {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  // The a11y addon's own axe run is switched off: the suite runs axe itself, on stories and docs alike.
  const globals = `partner:${theme.partner};mode:${theme.mode};a11y.manual:!true`;
  return `${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=${globals}`;
}
