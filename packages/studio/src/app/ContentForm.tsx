import { NBSP } from '@blason/core/french';
import { frenchSpacing } from '@blason/lexicon/spacing';
import { Button } from '@blason/react';
import { useId } from 'react';
import type { LintFinding, LintResult } from './api.js';
import { useDateEntry } from './dates.js';
import { type FieldPath, formatHint, pathKey, resolved, type SchemaNode, typeOf, valueAt } from './schema.js';

export interface FormState {
  readonly content: Record<string, unknown>;
  /** French problems of the last render or save, by field (`content.title`). */
  readonly errors: ReadonlyMap<string, readonly string[]>;
  /** The lexicon's findings on each text field, by field (`title`). */
  readonly lint: Readonly<Record<string, LintResult>>;
}

export interface FormActions {
  change(path: FieldPath, value: unknown): void;
}

interface NodeProps {
  readonly node: SchemaNode;
  readonly path: FieldPath;
  readonly label: string;
  readonly required: boolean;
  readonly state: FormState;
  readonly actions: FormActions;
}

/** The form of a template, generated from its content schema: one labelled field per value. */
export function ContentForm({
  schema,
  state,
  actions,
}: { schema: SchemaNode } & Omit<NodeProps, 'node' | 'path' | 'label' | 'required'>) {
  return (
    <div className="content-form">
      {Object.entries(schema.properties ?? {}).map(([key, child]) => (
        <SchemaField
          key={key}
          node={child}
          path={[key]}
          label={child.description ?? key}
          required={schema.required?.includes(key) ?? false}
          state={state}
          actions={actions}
        />
      ))}
    </div>
  );
}

function SchemaField(props: NodeProps) {
  const node = resolved(props.node);
  const type = typeOf(node);
  if (type === 'object') return <ObjectField {...props} node={node} />;
  if (type === 'array') return <ArrayField {...props} node={node} />;
  return <ValueField {...props} node={node} />;
}

function ObjectField({ node, path, label, required, state, actions }: NodeProps) {
  const value = valueAt(state.content, path);
  const present = value !== undefined;
  return (
    <fieldset className="field-group">
      <legend>
        {label} <span className="requirement">{required ? '(obligatoire)' : '(facultatif)'}</span>
      </legend>
      {!required && !present ? (
        <Button variant="secondary" size="sm" onClick={() => actions.change(path, {})}>
          {frenchSpacing(`Ajouter : ${label}`)}
        </Button>
      ) : (
        <>
          <FieldErrors state={state} path={path} />
          {Object.entries(node.properties ?? {}).map(([key, child]) => (
            <SchemaField
              key={key}
              node={child}
              path={[...path, key]}
              label={child.description ?? key}
              required={node.required?.includes(key) ?? false}
              state={state}
              actions={actions}
            />
          ))}
          {!required && (
            <Button variant="tertiary" size="sm" onClick={() => actions.change(path, undefined)}>
              {frenchSpacing(`Retirer : ${label}`)}
            </Button>
          )}
        </>
      )}
    </fieldset>
  );
}

function ArrayField({ node, path, label, required, state, actions }: NodeProps) {
  const items = (valueAt(state.content, path) as unknown[] | undefined) ?? [];
  const item = node.items ?? {};
  const itemLabel = resolved(item).description ?? 'Élément';
  const canAdd = node.maxItems === undefined || items.length < node.maxItems;
  const canRemove = items.length > (node.minItems ?? 0);
  const limits = [
    node.minItems !== undefined ? `au moins ${node.minItems}` : undefined,
    node.maxItems !== undefined ? `au plus ${node.maxItems}` : undefined,
  ].filter(Boolean);
  return (
    <fieldset className="field-group">
      <legend>
        {label} <span className="requirement">{required ? '(obligatoire)' : '(facultatif)'}</span>
      </legend>
      {limits.length > 0 && (
        <p className="help">
          {items.length} élément{items.length > 1 ? 's' : ''} ({limits.join(', ')}).
        </p>
      )}
      <FieldErrors state={state} path={path} />
      {items.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity but their place
        <div className="array-item" key={index}>
          <SchemaField
            node={item}
            path={[...path, index]}
            label={`${itemLabel} ${index + 1}`}
            required
            state={state}
            actions={actions}
          />
          {canRemove && (
            <Button
              variant="tertiary"
              size="sm"
              onClick={() =>
                actions.change(
                  path,
                  items.filter((__, i) => i !== index),
                )
              }
            >
              Retirer {itemLabel.toLowerCase()} {index + 1}
            </Button>
          )}
        </div>
      ))}
      {canAdd && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => actions.change(path, [...items, typeOf(resolved(item)) === 'object' ? {} : ''])}
        >
          {frenchSpacing(`Ajouter : ${itemLabel.toLowerCase()}`)}
        </Button>
      )}
    </fieldset>
  );
}

function ValueField({ node, path, label, required, state, actions }: NodeProps) {
  const id = useId();
  const key = pathKey(path);
  const value = valueAt(state.content, path);
  const type = typeOf(node);
  const errors = [...(state.errors.get(`content.${key}`) ?? [])];
  const lint = state.lint[key];
  const hint = formatHint(node);
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const date = useDateEntry(text, (iso) =>
    actions.change(path, iso === undefined && !required ? undefined : (iso ?? '')),
  );
  const isDate = node.format === 'date';
  if (isDate && date.error) errors.push(date.error);
  const describedBy = [
    hint && `${id}-hint`,
    node.maxLength !== undefined && `${id}-count`,
    errors.length > 0 && `${id}-errors`,
    lint && `${id}-lint`,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-required': required || undefined,
  } as const;
  const setText = (next: string) => {
    if (type === 'number') actions.change(path, next === '' ? undefined : Number(next));
    else actions.change(path, next === '' && !required ? undefined : next);
  };
  let input: React.ReactNode;
  if (type === 'boolean') {
    input = (
      <input
        {...common}
        type="checkbox"
        checked={value === true}
        onChange={(e) => actions.change(path, e.target.checked)}
      />
    );
  } else if (node.enum) {
    input = (
      <select {...common} value={text} onChange={(e) => setText(e.target.value)}>
        {!required && <option value="">—</option>}
        {node.enum.map((option) => (
          <option key={String(option)} value={String(option)}>
            {String(option)}
          </option>
        ))}
      </select>
    );
  } else if ((node.maxLength ?? 0) > 100) {
    input = <textarea {...common} rows={3} value={text} onChange={(e) => setText(e.target.value)} />;
  } else if (isDate) {
    input = (
      <input
        {...common}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="jj/mm/aaaa"
        value={date.text}
        onChange={(e) => date.change(e.target.value)}
        onBlur={date.leave}
      />
    );
  } else {
    const inputType = type === 'number' ? 'number' : node.format === 'uri' ? 'url' : 'text';
    input = (
      <input
        {...common}
        type={inputType}
        value={text}
        {...(type === 'number' ? { step: 'any', min: node.minimum, max: node.maximum } : {})}
        onChange={(e) => setText(e.target.value)}
      />
    );
  }
  const over = node.maxLength !== undefined && text.length > node.maxLength;
  return (
    <div className={type === 'boolean' ? 'field field-checkbox' : 'field'}>
      <label htmlFor={id}>
        {label} <span className="requirement">{required ? '(obligatoire)' : '(facultatif)'}</span>
      </label>
      {hint && (
        <p className="help" id={`${id}-hint`}>
          {frenchSpacing(hint)}
        </p>
      )}
      {input}
      {node.maxLength !== undefined && (
        <p className={over ? 'counter counter-over' : 'counter'} id={`${id}-count`}>
          {frenchSpacing(`${text.length} / ${node.maxLength} caractères${over ? ' : trop long' : ''}`)}
        </p>
      )}
      {errors.length > 0 && (
        <ul className="field-errors" id={`${id}-errors`}>
          {errors.map((message) => (
            <li key={message}>{frenchSpacing(message)}</li>
          ))}
        </ul>
      )}
      {lint && (
        <Findings
          id={`${id}-lint`}
          label={label}
          lint={lint}
          onFix={(fixed) => actions.change(path, fixed)}
        />
      )}
    </div>
  );
}

function FieldErrors({ state, path }: { state: FormState; path: FieldPath }) {
  const errors = state.errors.get(`content.${pathKey(path)}`) ?? [];
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors">
      {errors.map((message) => (
        <li key={message}>{frenchSpacing(message)}</li>
      ))}
    </ul>
  );
}

/** The text with one finding's suggestion in place (offsets are in the fixed text). */
function withSuggestion(lint: LintResult, finding: LintFinding): string | undefined {
  if (finding.suggestion === undefined || finding.offset === undefined || finding.length === undefined)
    return undefined;
  return (
    lint.text.slice(0, finding.offset) + finding.suggestion + lint.text.slice(finding.offset + finding.length)
  );
}

const SEVERITY: Record<LintFinding['severity'], string> = {
  error: 'Erreur',
  warning: 'Avertissement',
  info: 'Information',
};

/** What the lexicon says of a field, each with its one-click fix. */
function Findings({
  id,
  label,
  lint,
  onFix,
}: {
  id: string;
  label: string;
  lint: LintResult;
  onFix(text: string): void;
}) {
  if (lint.applied.length === 0 && lint.findings.length === 0) return null;
  return (
    <div className="findings" id={id}>
      <ul>
        {lint.findings.map((finding) => {
          const fixed = withSuggestion(lint, finding);
          return (
            <li key={`${finding.ruleId}-${finding.offset}`} className={`finding finding-${finding.severity}`}>
              <span>
                <strong>{frenchSpacing(`${SEVERITY[finding.severity]} :`)}</strong> {finding.message}
              </span>
              {fixed !== undefined && (
                <Button variant="secondary" size="sm" onClick={() => onFix(fixed)}>
                  {`Remplacer «${NBSP}${finding.found}${NBSP}» par «${NBSP}${finding.suggestion}${NBSP}» (${label})`}
                </Button>
              )}
            </li>
          );
        })}
        {lint.applied.map((finding) => (
          <li key={`${finding.ruleId}-${finding.offset}`} className="finding finding-fixed">
            <span>
              <strong>{frenchSpacing('Correction automatique au rendu :')}</strong> {finding.message}
            </span>
          </li>
        ))}
      </ul>
      {lint.applied.length > 0 && (
        <Button variant="secondary" size="sm" onClick={() => onFix(lint.text)}>
          Appliquer les corrections automatiques ({label})
        </Button>
      )}
    </div>
  );
}
