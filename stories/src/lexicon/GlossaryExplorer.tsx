import {
  type Channel,
  channels,
  type GlossaryEntry,
  type GlossarySectionId,
  glossaryData,
  searchKey,
} from '@blason/lexicon/browser';
import { useId, useMemo, useState } from 'react';
import { usePortal } from '../brand/context.js';
import { Badge, Page, SelectField } from '../ui/Page.js';
import { channelLabels, inclusiveLabels, lexicon } from './lexicon.js';

const allPartners = '';
const allChannels = '';
const allKinds = '';

const matchesChannel = (entry: GlossaryEntry, channel: string) =>
  channel === allChannels || !entry.scope?.channels || entry.scope.channels.includes(channel as Channel);

const entryText = (entry: GlossaryEntry) =>
  searchKey(
    [
      entry.term,
      entry.summary,
      entry.definition,
      entry.usage,
      ...entry.do,
      ...entry.dont,
      ...entry.examples.map((e) => e.text),
    ]
      .filter(Boolean)
      .join(' '),
  );

function Entry({ entry }: { entry: GlossaryEntry }) {
  return (
    <article className="portal-card glossary-entry" aria-labelledby={`entry-${entry.id}`}>
      <h3 id={`entry-${entry.id}`}>{entry.term}</h3>
      {entry.summary ? <p className="portal-muted">{entry.summary}</p> : null}
      {entry.definition ? <p>{entry.definition}</p> : null}
      {entry.usage ? <p>{entry.usage}</p> : null}
      {entry.scope?.channels ? (
        <p>Canaux&#8239;: {entry.scope.channels.map((channel) => channelLabels[channel]).join(', ')}</p>
      ) : null}
      <div className="glossary-dodont">
        {entry.do.length > 0 ? (
          <div>
            <h4>✓ À écrire</h4>
            <ul>
              {entry.do.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {entry.dont.length > 0 ? (
          <div>
            <h4>✗ À éviter</h4>
            <ul>
              {entry.dont.map((text) => (
                <li key={text}>
                  <s>{text}</s>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {entry.examples.length > 0 ? (
        <>
          <h4>Exemples</h4>
          <ul className="glossary-examples">
            {entry.examples.map((example) => (
              <li key={example.text}>
                <Badge>{example.correct ? '✓ correct' : '✗ à éviter'}</Badge> {example.text}
                {example.note ? <span className="portal-muted"> — {example.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/** The brand's glossary for one partner, searchable and filtered by kind and channel. */
export function GlossaryExplorer({ initialQuery = '' }: { initialQuery?: string }) {
  const { brand, partner: toolbarPartner } = usePortal();
  const [query, setQuery] = useState(initialQuery);
  const [partner, setPartner] = useState(toolbarPartner);
  const [kind, setKind] = useState<GlossarySectionId | ''>(allKinds);
  const [channel, setChannel] = useState(allChannels);
  const queryId = useId();
  const glossary = useMemo(() => glossaryData(lexicon, partner || undefined), [partner]);
  const key = searchKey(query.trim());
  const sections = glossary.sections
    .filter((section) => kind === allKinds || section.id === kind)
    .map((section) => ({
      ...section,
      entries: section.entries.filter(
        (entry) => matchesChannel(entry, channel) && (key === '' || entryText(entry).includes(key)),
      ),
    }))
    .filter((section) => section.entries.length > 0);
  const count = sections.reduce((total, section) => total + section.entries.length, 0);
  return (
    <Page
      title={glossary.title}
      lead="Les mots de la marque : noms officiels, termes à privilégier ou à éviter, ton, typographie."
    >
      <search className="portal-controls" aria-label="Filtrer le glossaire">
        <label className="portal-field" htmlFor={queryId}>
          Rechercher
          <input
            id={queryId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <SelectField
          label="Structure"
          value={partner}
          onChange={setPartner}
          options={[
            { value: allPartners, label: 'Glossaire partagé' },
            ...brand.partners.map((p) => ({ value: p.id, label: p.shortName ?? p.name })),
          ]}
        />
        <SelectField<GlossarySectionId | typeof allKinds>
          label="Rubrique"
          value={kind}
          onChange={setKind}
          options={[
            { value: allKinds, label: 'Toutes les rubriques' },
            ...glossaryData(lexicon).sections.map((section) => ({ value: section.id, label: section.title })),
          ]}
        />
        <SelectField
          label="Canal"
          value={channel}
          onChange={setChannel}
          options={[
            { value: allChannels, label: 'Tous les canaux' },
            ...channels.map((id) => ({ value: id, label: channelLabels[id] })),
          ]}
        />
      </search>
      <p role="status">
        {count === 0 ? 'Aucune entrée ne correspond.' : `${count} entrée${count > 1 ? 's' : ''}`}
      </p>
      <p className="portal-muted">
        Écriture inclusive&#8239;:{' '}
        {channels
          .map((id) => `${channelLabels[id].toLowerCase()}\u00a0: ${inclusiveLabels[glossary.inclusive[id]]}`)
          .join(' ; ')}
      </p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          <p className="portal-muted">{section.intro}</p>
          <div className="portal-grid" style={{ ['--portal-grid-min' as string]: '22rem' }}>
            {section.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </div>
        </section>
      ))}
    </Page>
  );
}
