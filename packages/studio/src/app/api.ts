/** The studio's calls to its own HTTP API (`/v1/…`); errors carry the French problems. */
import type { BrandInfo, FormatInfo, TemplateInfo } from '../server/renderer.js';

export type { BrandInfo, FormatInfo, TemplateInfo };

export interface Problem {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problems: readonly Problem[],
  ) {
    super(problems.map((p) => p.message).join(' ; '));
  }
}

export interface CampaignSummary {
  readonly id: string;
  readonly title: string;
  readonly template?: string;
  readonly valid: boolean;
}

export interface CampaignData {
  readonly id: string;
  readonly template: string;
  readonly title?: string;
  readonly mode?: string;
  readonly partners?: readonly string[];
  readonly formats?: readonly string[];
  readonly alt?: string;
  readonly content: Record<string, unknown>;
}

export interface LintFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly found?: string;
  readonly suggestion?: string;
  readonly offset?: number;
  readonly length?: number;
}

export interface LintResult {
  readonly text: string;
  readonly applied: readonly LintFinding[];
  readonly findings: readonly LintFinding[];
}

export interface RenderBody {
  readonly partner: string;
  readonly template: string;
  readonly format: string;
  /** Screen formats only: posters are always drawn in the print mode. */
  readonly mode?: string;
  readonly ext: string;
  readonly content: Record<string, unknown>;
}

async function call(path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, [{ path: '', message: 'le studio ne répond pas : vérifiez qu’il est lancé' }]);
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => undefined)) as { problems?: Problem[] } | undefined;
  throw new ApiError(
    response.status,
    body?.problems ?? [{ path: '', message: `réponse inattendue du studio (${response.status})` }],
  );
}

const post = (path: string, body: unknown, signal?: AbortSignal) =>
  call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });

export const api = {
  brand: async (): Promise<BrandInfo> => (await call('/v1/brand')).json(),
  campaigns: async (): Promise<readonly CampaignSummary[]> =>
    ((await (await call('/v1/campaigns')).json()) as { campaigns: CampaignSummary[] }).campaigns,
  campaign: async (id: string): Promise<CampaignData> =>
    (await call(`/v1/campaigns/${encodeURIComponent(id)}`)).json(),
  lint: async (body: {
    text: string;
    partner: string;
    channel: string;
    field: string;
  }): Promise<LintResult> => (await post('/v1/lint', body)).json(),
  render: async (body: RenderBody, signal?: AbortSignal): Promise<Blob> =>
    (await post('/v1/render', body, signal)).blob(),
  save: async (body: Record<string, unknown>): Promise<{ id: string; file: string }> =>
    (await post('/v1/campaigns', body)).json(),
};
