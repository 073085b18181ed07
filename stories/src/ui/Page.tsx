import { type ReactNode, useId } from 'react';

export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <main className="portal-page">
      <h1>{title}</h1>
      {lead ? <p className="portal-lead">{lead}</p> : null}
      {children}
    </main>
  );
}

export function Code({ children }: { children: ReactNode }) {
  return <code className="portal-code">{children}</code>;
}

/** A table's column headings. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function Badge({ children }: { children: ReactNode }) {
  return <span className="portal-badge">{children}</span>;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** A labelled drop-down of the portal's control bars. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <label className="portal-field" htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
