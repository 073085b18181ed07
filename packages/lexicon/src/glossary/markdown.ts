import { channels } from '../schema.js';
import { channelLabels, type Glossary, type GlossaryEntry, modeLabel } from './data.js';

/** Characters Markdown would read as markup inside running text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replaceAll('\n', ' ');
}

function entryMarkdown(entry: GlossaryEntry): string[] {
  const lines = [`### ${md(entry.term)}`, ''];
  if (entry.summary) lines.push(`*${md(entry.summary)}*`, '');
  if (entry.definition) lines.push(md(entry.definition), '');
  if (entry.usage) lines.push(`**Usage**\u00A0: ${md(entry.usage)}`, '');
  if (entry.do.length > 0) lines.push('**À écrire**', '', ...entry.do.map((text) => `- ✓ ${md(text)}`), '');
  if (entry.dont.length > 0)
    lines.push('**À éviter**', '', ...entry.dont.map((text) => `- ✗ ${md(text)}`), '');
  if (entry.examples.length > 0) {
    lines.push('**Exemples**', '');
    for (const example of entry.examples) {
      const label = example.correct ? '✓ correct' : '✗ incorrect';
      lines.push(`- ${label}\u00A0: ${md(example.text)}${example.note ? ` (${md(example.note)})` : ''}`);
    }
    lines.push('');
  }
  if (entry.scope?.partners || entry.scope?.channels) {
    const scope = [
      ...(entry.scope.partners ?? []),
      ...(entry.scope.channels ?? []).map((c) => channelLabels[c]),
    ];
    lines.push(`Portée\u00A0: ${md(scope.join(', '))}`, '');
  }
  return lines;
}

/** The glossary as one Markdown page, grouped by kind. */
export function glossaryMarkdown(glossary: Glossary): string {
  const lines = [`# ${md(glossary.title)}`, ''];
  lines.push('## Sommaire', '');
  for (const section of glossary.sections) lines.push(`- [${section.title}](#${section.id})`);
  lines.push('');
  lines.push('## Écriture inclusive par canal', '', '| Canal | Forme |', '| --- | --- |');
  for (const channel of channels)
    lines.push(`| ${channelLabels[channel]} | ${modeLabel(glossary.inclusive[channel])} |`);
  lines.push('');
  for (const section of glossary.sections) {
    lines.push(`<a id="${section.id}"></a>`, '', `## ${section.title}`, '', section.intro, '');
    for (const entry of section.entries) lines.push(...entryMarkdown(entry));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
