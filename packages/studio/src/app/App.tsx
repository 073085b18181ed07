import { NBSP } from '@blason/core/french';
import { frenchSpacing } from '@blason/lexicon/spacing';
import { Alert, Button, Container, Heading, SkipLink, Stack } from '@blason/react';
import { zipSync } from 'fflate';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { lintChannel } from '../channel.js';
import {
  ApiError,
  api,
  type BrandInfo,
  type CampaignData,
  type CampaignSummary,
  type FormatInfo,
  type LintResult,
  type Problem,
  type RenderBody,
} from './api.js';
import { ContentForm, type FormActions, type FormState } from './ContentForm.js';
import { modeLabel } from './labels.js';
import { PartnersPicker, type Signers } from './PartnersPicker.js';
import { type Preview, Previews } from './Previews.js';
import { type FieldPath, pathKey, type SchemaNode, setAt } from './schema.js';

const LINT_DELAY_MS = 250;
const RENDER_DELAY_MS = 500;
const CAMPAIGN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function App() {
  const [brand, setBrand] = useState<BrandInfo>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api.brand().then(setBrand, (error: unknown) => setFailure(messageOf(error)));
  }, []);
  return (
    <>
      <SkipLink />
      <header className="studio-header">
        <Container>
          <p className="studio-name">Blason Studio</p>
        </Container>
      </header>
      <Container as="main" id="contenu" tabIndex={-1}>
        {failure ? (
          <Alert tone="danger" title="Le studio ne peut pas démarrer">
            {failure}
          </Alert>
        ) : brand ? (
          <Studio brand={brand} />
        ) : (
          <p role="status">Chargement de la marque…</p>
        )}
      </Container>
    </>
  );
}

interface Envelope {
  readonly title?: string;
  readonly partners?: readonly string[];
  readonly formats?: readonly string[];
  readonly alt?: string;
}

function Studio({ brand }: { brand: BrandInfo }) {
  const ids = { partner: useId(), mode: useId(), template: useId(), campaign: useId(), file: useId() };
  const [partner, setPartner] = useState(brand.partners[0]?.id ?? '');
  const [mode, setMode] = useState(brand.modes[0] ?? 'light');
  const [templateId, setTemplateId] = useState(brand.templates[0]?.id ?? '');
  const [content, setContent] = useState<Record<string, unknown>>(
    () => (brand.templates[0]?.example ?? {}) as Record<string, unknown>,
  );
  const [envelope, setEnvelope] = useState<Envelope>({});
  const [fileId, setFileId] = useState('');
  const [signers, setSigners] = useState<Signers>('all');
  const [campaigns, setCampaigns] = useState<readonly CampaignSummary[]>([]);
  const [chosenCampaign, setChosenCampaign] = useState('');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [lint, setLint] = useState<Record<string, LintResult>>({});
  const [announcement, setAnnouncement] = useState('');
  const [previews, setPreviews] = useState<Record<string, Preview>>({});
  const [saveState, setSaveState] = useState<{
    tone: 'success' | 'danger';
    message: string;
    conflict?: boolean;
  }>();
  const focusAfterRender = useRef(false);
  const template = brand.templates.find((t) => t.id === templateId);
  const schema = template?.schema as SchemaNode | undefined;
  // The lexicon checks posters' text for print, every other campaign for social networks.
  // A campaign that lists its formats is drawn in those only, as the kit draws it.
  const formats = useMemo(
    () => brand.formats.filter((f) => !envelope.formats || envelope.formats.includes(f.id)),
    [brand.formats, envelope.formats],
  );
  const channel = lintChannel(formats.map((f) => f.kind));

  // The page takes the chosen partner's and mode's colours, like every component of the brand.
  useEffect(() => {
    document.documentElement.dataset.partner = partner;
    document.documentElement.dataset.mode = mode;
  }, [partner, mode]);

  const refreshCampaigns = useCallback(() => {
    api.campaigns().then(setCampaigns, () => setCampaigns([]));
  }, []);
  useEffect(refreshCampaigns, [refreshCampaigns]);

  // Lint: each text field is checked a moment after the last key stroke.
  const lintTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const lintField = useCallback(
    (path: FieldPath, text: string, label = pathKey(path)) => {
      const key = pathKey(path);
      clearTimeout(lintTimers.current.get(key));
      lintTimers.current.set(
        key,
        setTimeout(() => {
          api.lint({ text, partner, channel, field: key }).then(
            (result) => {
              setLint((all) => ({ ...all, [key]: result }));
              const count = result.findings.length + result.applied.length;
              setAnnouncement(
                count === 0
                  ? `${label} : aucune remarque du lexique`
                  : `${label} : ${count} remarque${count > 1 ? 's' : ''} du lexique`,
              );
            },
            () => undefined,
          );
        }, LINT_DELAY_MS),
      );
    },
    [partner, channel],
  );

  /** Lints every text of a content object at once (a campaign opened, a partner changed). */
  const lintAll = useCallback(
    (value: unknown, path: FieldPath = []) => {
      if (typeof value === 'string' && path.length > 0) lintField(path, value);
      else if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) lintAll(item, [...path, i]);
      } else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) lintAll(child, [...path, key]);
    },
    [lintField],
  );
  // Only a new partner or channel changes every field's findings; typing lints the field it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-lint on a partner or channel change only
  useEffect(() => {
    setLint({});
    lintAll(content);
  }, [partner, channel]);

  const actions: FormActions = useMemo(
    () => ({
      change(path, value) {
        setContent((current) => setAt(current, path, value) as Record<string, unknown>);
        if (typeof value === 'string') lintField(path, value, labelAt(schema, path));
        else {
          const key = pathKey(path);
          setLint(({ [key]: _, ...rest }) => rest);
        }
      },
    }),
    [lintField, schema],
  );

  // Render: every format, a moment after the last change; a format whose request is unchanged is kept.
  const lastRequests = useRef(new Map<string, string>());
  const urls = useRef(new Map<string, string>());
  const bodyFor = useCallback(
    (format: FormatInfo, ext: string): RenderBody => ({
      partner,
      template: templateId,
      format: format.id,
      // Posters are drawn in the print mode whatever the screen mode: a new mode leaves them as they are.
      ...(format.kind === 'print' ? {} : { mode }),
      ext,
      content,
    }),
    [partner, mode, templateId, content],
  );
  const renderAll = useCallback(
    async (signal: AbortSignal) => {
      const jobs = formats
        .map((format) => ({ format, body: bodyFor(format, 'png') }))
        .filter(({ format, body }) => lastRequests.current.get(format.id) !== JSON.stringify(body));
      if (jobs.length === 0) return;
      setPreviews((all) => {
        const next = { ...all };
        for (const { format } of jobs) next[format.id] = { ...next[format.id], status: 'rendering' };
        return next;
      });
      const found: Problem[] = [];
      await Promise.all(
        jobs.map(async ({ format, body }) => {
          try {
            const blob = await api.render(body, signal);
            const url = URL.createObjectURL(blob);
            const old = urls.current.get(format.id);
            if (old) URL.revokeObjectURL(old);
            urls.current.set(format.id, url);
            lastRequests.current.set(format.id, JSON.stringify(body));
            setPreviews((all) => ({ ...all, [format.id]: { url, status: 'ready' } }));
          } catch (error) {
            if (signal.aborted) return;
            lastRequests.current.delete(format.id);
            found.push(...problemsOf(error));
            setPreviews((all) => ({ ...all, [format.id]: { ...all[format.id], status: 'failed' } }));
          }
        }),
      );
      if (signal.aborted) return;
      setProblems(uniqueProblems(found));
      setAnnouncement(
        found.length === 0
          ? 'Aperçus à jour'
          : `Aperçus non mis à jour : ${uniqueProblems(found).length} problème(s) à corriger`,
      );
      if (focusAfterRender.current) {
        focusAfterRender.current = false;
        document.getElementById('apercus')?.focus();
      }
    },
    [formats, bodyFor],
  );
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => void renderAll(controller.signal), RENDER_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [renderAll]);

  async function download(format: FormatInfo, ext: string) {
    try {
      const blob = await api.render(bodyFor(format, ext));
      saveBlob(blob, `${fileId || templateId}-${partner}-${format.id}.${ext}`);
    } catch (error) {
      setProblems(uniqueProblems(problemsOf(error)));
    }
  }

  async function downloadAll() {
    try {
      const files: Record<string, Uint8Array> = {};
      for (const format of formats) {
        const ext = format.kind === 'print' ? 'pdf' : 'png';
        const blob = await api.render(bodyFor(format, ext));
        files[`${format.id}.${ext}`] = new Uint8Array(await blob.arrayBuffer());
      }
      const zip = zipSync(files, { level: 0 });
      saveBlob(
        new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        `${fileId || templateId}-${partner}.zip`,
      );
    } catch (error) {
      setProblems(uniqueProblems(problemsOf(error)));
    }
  }

  async function openCampaign() {
    if (!chosenCampaign) return;
    try {
      const campaign: CampaignData = await api.campaign(chosenCampaign);
      setTemplateId(campaign.template);
      setContent(campaign.content);
      setEnvelope({
        ...(campaign.title ? { title: campaign.title } : {}),
        ...(campaign.formats ? { formats: campaign.formats } : {}),
        ...(campaign.alt ? { alt: campaign.alt } : {}),
      });
      if (campaign.mode && brand.modes.includes(campaign.mode)) setMode(campaign.mode);
      setSigners(campaign.partners ?? 'all');
      if (campaign.partners && !campaign.partners.includes(partner))
        setPartner(campaign.partners[0] ?? partner);
      setFileId(campaign.id);
      setProblems([]);
      setLint({});
      lintAll(campaign.content);
      focusAfterRender.current = true;
    } catch (error) {
      setProblems(problemsOf(error));
    }
  }

  function chooseTemplate(id: string) {
    const next = brand.templates.find((t) => t.id === id);
    setTemplateId(id);
    setContent((next?.example ?? {}) as Record<string, unknown>);
    setEnvelope({});
    setSigners('all');
    setProblems([]);
    setLint({});
  }

  async function save(overwrite: boolean) {
    if (!CAMPAIGN_ID.test(fileId)) {
      setSaveState({
        tone: 'danger',
        message: 'Nom du fichier invalide : minuscules, chiffres et tirets (ex. fete-du-marais).',
      });
      return;
    }
    if (signers !== 'all' && signers.length === 0) {
      setSaveState({ tone: 'danger', message: 'Choisissez au moins un partenaire pour la campagne.' });
      return;
    }
    try {
      const saved = await api.save({
        id: fileId,
        ...(overwrite ? { overwrite: true } : {}),
        template: templateId,
        ...envelope,
        // A campaign says who signs it; one opened without a list was for every partner.
        partners: signers,
        ...(mode !== 'light' ? { mode } : {}),
        content,
      });
      setSaveState({ tone: 'success', message: `Campagne enregistrée : assets/campaigns/${saved.file}` });
      setProblems([]);
      refreshCampaigns();
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 409;
      setSaveState({ tone: 'danger', message: messageOf(error), conflict });
      if (!conflict) setProblems(problemsOf(error));
    }
  }

  const state: FormState = { content, errors: errorsByField(problems), lint };
  const generalProblems = problems.filter((p) => !p.path.startsWith('content.'));
  const fieldProblems = problems.filter((p) => p.path.startsWith('content.'));

  return (
    <Stack gap={8}>
      <Heading level={1}>Créer un visuel</Heading>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {frenchSpacing(announcement)}
      </p>
      <section aria-labelledby="choix" className="panel">
        <Heading level={2} id="choix">
          Partenaire, gabarit et campagne
        </Heading>
        <div className="pickers">
          <div className="field">
            <label htmlFor={ids.partner}>Partenaire</label>
            <select id={ids.partner} value={partner} onChange={(e) => setPartner(e.target.value)}>
              {brand.partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.mode}>Mode d’affichage</label>
            <select id={ids.mode} value={mode} onChange={(e) => setMode(e.target.value)}>
              {brand.modes.map((m) => (
                <option key={m} value={m}>
                  {modeLabel(m)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.template}>Gabarit</label>
            <select id={ids.template} value={templateId} onChange={(e) => chooseTemplate(e.target.value)}>
              {brand.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.campaign}>Campagne enregistrée</label>
            <div className="inline">
              <select
                id={ids.campaign}
                value={chosenCampaign}
                onChange={(e) => setChosenCampaign(e.target.value)}
              >
                <option value="">Choisir une campagne…</option>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id} disabled={!c.valid}>
                    {c.title} ({c.id}){c.valid ? '' : `${NBSP}: invalide`}
                  </option>
                ))}
              </select>
              <Button variant="secondary" onClick={() => void openCampaign()} disabled={!chosenCampaign}>
                Ouvrir la campagne
              </Button>
            </div>
          </div>
        </div>
      </section>
      <div className="workspace">
        <section aria-labelledby="contenu-titre" className="panel">
          <Heading level={2} id="contenu-titre">
            {frenchSpacing(template ? `Contenu : ${template.label}` : 'Contenu')}
          </Heading>
          {fieldProblems.length > 0 && (
            <Alert tone="danger" title="Le visuel ne peut pas être rendu">
              {frenchSpacing(
                `${fieldProblems.length} champ(s) à corriger : le message est affiché sous chaque champ.`,
              )}
            </Alert>
          )}
          {schema && (
            <form
              onSubmit={(e) => e.preventDefault()}
              aria-label={`Contenu du gabarit ${template?.label ?? ''}`}
            >
              <ContentForm schema={schema} state={state} actions={actions} />
            </form>
          )}
          <form
            className="save"
            aria-labelledby="enregistrer"
            onSubmit={(e) => {
              e.preventDefault();
              void save(false);
            }}
          >
            <Heading level={3} id="enregistrer">
              Enregistrer la campagne
            </Heading>
            <PartnersPicker partners={brand.partners} value={signers} onChange={setSigners} />
            <div className="field">
              <label htmlFor={ids.file}>Nom du fichier dans assets/campaigns/ (sans extension)</label>
              <input
                id={ids.file}
                value={fileId}
                onChange={(e) => {
                  setFileId(e.target.value);
                  setSaveState(undefined);
                }}
                aria-describedby={`${ids.file}-hint`}
              />
              <p className="help" id={`${ids.file}-hint`}>
                Minuscules, chiffres et tirets (ex. fete-du-marais).
              </p>
            </div>
            <Button type="submit">Enregistrer</Button>
            {saveState && (
              <Alert tone={saveState.tone} live="polite">
                {frenchSpacing(saveState.message)}
                {saveState.conflict && (
                  <>
                    {' '}
                    <Button variant="secondary" size="sm" onClick={() => void save(true)}>
                      Remplacer le fichier existant
                    </Button>
                  </>
                )}
              </Alert>
            )}
          </form>
        </section>
        <section aria-labelledby="apercus" className="panel">
          <Heading level={2} id="apercus" tabIndex={-1}>
            Aperçus
          </Heading>
          {generalProblems.length > 0 && (
            <Alert tone="danger" title="Problème">
              <ul>
                {generalProblems.map((p) => (
                  <li key={`${p.path}-${p.message}`}>{frenchSpacing(p.message)}</li>
                ))}
              </ul>
            </Alert>
          )}
          <div className="inline">
            <Button
              onClick={() => {
                focusAfterRender.current = true;
                lastRequests.current.clear();
                void renderAll(new AbortController().signal);
              }}
            >
              Mettre à jour les aperçus
            </Button>
            <Button variant="secondary" onClick={() => void downloadAll()}>
              Tout télécharger (zip)
            </Button>
          </div>
          <Previews formats={formats} previews={previews} onDownload={(f, e) => void download(f, e)} />
        </section>
      </div>
    </Stack>
  );
}

function labelAt(schema: SchemaNode | undefined, path: FieldPath): string {
  let node: SchemaNode | undefined = schema;
  for (const part of path) {
    node = typeof part === 'number' ? node?.items : node?.properties?.[part];
  }
  return node?.description ?? pathKey(path);
}

function errorsByField(problems: readonly Problem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const problem of problems) {
    const list = map.get(problem.path) ?? [];
    if (!list.includes(problem.message)) list.push(problem.message);
    map.set(problem.path, list);
  }
  return map;
}

function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problemsOf(error: unknown): readonly Problem[] {
  if (error instanceof ApiError) return error.problems;
  return [{ path: '', message: messageOf(error) }];
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return frenchSpacing(error.problems.map((p) => p.message).join(' ; '));
  return 'erreur inattendue du studio';
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
