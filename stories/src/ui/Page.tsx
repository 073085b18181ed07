import type { ReactNode } from 'react';

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

export function Badge({ children }: { children: ReactNode }) {
  return <span className="portal-badge">{children}</span>;
}
