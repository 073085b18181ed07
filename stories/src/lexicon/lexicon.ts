import {
  type Channel,
  type InclusiveMode,
  type Lexicon,
  type LexiconSource,
  parseLexicon,
} from '@blason/lexicon/browser';

/** The lexicon files of `tokens/lexicon/`, bundled as text and parsed in the browser. */
const files = import.meta.glob<string>('../../../tokens/lexicon/*.lexicon.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const sources: LexiconSource[] = Object.entries(files).map(([file, text]) => ({
  path: file.replace(/^(\.\.\/)+/, ''),
  text,
}));

function parse(): Lexicon {
  const { lexicon, problems } = parseLexicon(sources);
  const errors = problems.filter((problem) => problem.severity !== 'warning');
  if (errors.length > 0) {
    const lines = errors.map((problem) => `${problem.file ?? ''} ${problem.path ?? ''}: ${problem.message}`);
    throw new Error(`the lexicon in tokens/lexicon is invalid:\n${lines.join('\n')}`);
  }
  return lexicon;
}

export const lexicon: Lexicon = parse();

/** French names of the publication channels, as the glossary shows them. */
export const channelLabels: Record<Channel, string> = {
  web: 'Site web',
  social: 'Réseaux sociaux',
  print: 'Imprimés',
  official: 'Textes officiels',
};

/** French names of the inclusive-writing modes. */
export const inclusiveLabels: Record<InclusiveMode, string> = {
  'middle-dot': 'point médian',
  'double-flexion': 'double flexion',
  off: 'pas de règle',
};
