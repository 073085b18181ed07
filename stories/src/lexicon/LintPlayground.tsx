import {
  type Channel,
  channels,
  type Finding,
  fixText,
  lintText,
  unifiedDiff,
} from '@blason/lexicon/browser';
import { useId, useMemo, useState } from 'react';
import { usePortal } from '../brand/context.js';
import { Badge, Code, Page, SelectField } from '../ui/Page.js';
import { channelLabels, lexicon } from './lexicon.js';

const severityLabels: Record<Finding['severity'], string> = {
  error: 'erreur',
  warning: 'avertissement',
  info: 'info',
};

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className="portal-card">
      <Badge>{severityLabels[finding.severity]}</Badge>{' '}
      <span className="portal-muted">
        ligne {finding.line}, colonne {finding.column} — <Code>{finding.ruleId}</Code>
      </span>
      <p>{finding.message}</p>
      <p>
        «&#8239;<s>{finding.found}</s>&#8239;»
        {finding.suggestion !== undefined ? (
          <>
            {' → '}«&#8239;<strong>{finding.suggestion}</strong>&#8239;»{' '}
            {finding.fixable ? <Badge>corrigé automatiquement</Badge> : <Badge>à revoir</Badge>}
          </>
        ) : null}
      </p>
    </li>
  );
}

/**
 * Paste a text, pick the partner and the channel: the brand's French copy linter lists what to change
 * and proposes the text with every safe fix applied (the same `lintText` / `fixText` as `blason lint`).
 */
export function LintPlayground({ initialText }: { initialText: string }) {
  const { brand, partner: toolbarPartner } = usePortal();
  const [text, setText] = useState(initialText);
  const [partner, setPartner] = useState(toolbarPartner);
  const [channel, setChannel] = useState<Channel>('web');
  const textId = useId();
  const options = { lexicon, partner, channel };
  const findings = useMemo(() => lintText(text, { lexicon, partner, channel }), [text, partner, channel]);
  const fixed = useMemo(() => fixText(text, { lexicon, partner, channel }), [text, partner, channel]);
  const remaining = lintText(fixed.text, options);
  return (
    <Page
      title="Correcteur"
      lead="Collez un texte, choisissez la structure et le canal : le correcteur de la marque signale ce qui ne va pas et propose le texte corrigé."
    >
      <div className="portal-controls">
        <SelectField
          label="Structure"
          value={partner}
          onChange={setPartner}
          options={brand.partners.map((p) => ({ value: p.id, label: p.shortName ?? p.name }))}
        />
        <SelectField<Channel>
          label="Canal"
          value={channel}
          onChange={setChannel}
          options={channels.map((id) => ({ value: id, label: channelLabels[id] }))}
        />
      </div>
      <label className="portal-field" htmlFor={textId}>
        Votre texte
        <textarea
          id={textId}
          className="lint-text"
          value={text}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <h2>Remarques</h2>
      <p role="status">
        {findings.length === 0
          ? 'Aucune remarque : le texte respecte les codes de la marque.'
          : `${findings.length} remarque${findings.length > 1 ? 's' : ''}, dont ${fixed.applied.length} corrigée${fixed.applied.length > 1 ? 's' : ''} automatiquement.`}
      </p>
      <ul className="lint-findings" aria-label="Remarques du correcteur">
        {findings.map((finding) => (
          <FindingItem key={`${finding.offset}-${finding.ruleId}`} finding={finding} />
        ))}
      </ul>
      <h2>Texte corrigé</h2>
      {/* Not an <output>: that is a live region too, and the summary above is the one to announce. */}
      <div className="lint-output" data-testid="lint-fixed">
        {fixed.text}
      </div>
      {remaining.length > 0 ? (
        <p>
          {remaining.length} remarque{remaining.length > 1 ? 's restent' : ' reste'} à traiter à la main.
        </p>
      ) : null}
      {fixed.applied.length > 0 ? (
        <details>
          <summary>Différences</summary>
          <pre className="lint-output">
            <code>{unifiedDiff('texte', text, fixed.text)}</code>
          </pre>
        </details>
      ) : null}
    </Page>
  );
}
