import { nameAfter } from '@blason/tokens/theme';
import type { KitFile, KitSection } from './manifest.js';

/** What the kit README needs to know; everything comes from tokens, partner data and the manifest. */
export interface KitReadmeInput {
  readonly brandName: string;
  readonly partner: {
    readonly id: string;
    readonly officialName: string;
    /** The article the name takes in a sentence (partner data); none when absent. */
    readonly article?: 'le' | 'la' | 'l’' | 'les';
    readonly website: string;
    /** The partner's contact line, which starts with its name. */
    readonly contactLine: string;
    /** The shared brand's own kit: it co-signs with no one. */
    readonly sharedBrand: boolean;
  };
  /** Whom to ask for a new kit or a copy check: the shared brand's contact line. */
  readonly brandContact: string;
  readonly files: readonly KitFile[];
  /** Logo rules from the `logo.*` tokens, already phrased with units. */
  readonly logoRules?: {
    readonly clearSpace: string;
    readonly minSizeScreen: string;
    readonly minSizePrint: string;
    /** Why a lockup's minimum is above the wordmark's, when it is. */
    readonly minSizeReason?: string;
  };
  /** Whether the brand is a sample (the repository's illustrative default). */
  readonly illustrative: boolean;
}

const SECTION_TEXT: Readonly<Record<KitSection, { folder: string; title: string; usage: string }>> = {
  visual: {
    folder: 'visuals/',
    title: 'Visuels pour les réseaux sociaux et le web',
    usage:
      'Un dossier par campagne ; chaque visuel existe dans chaque format (carré, portrait, story, LinkedIn, Open Graph, X, couverture d’événement). Le texte alternatif de chaque image est dans le fichier `.alt.txt` du même nom et dans `manifest.json` : collez-le dans le champ « texte alternatif » du réseau social.',
  },
  print: {
    folder: 'print/',
    title: 'Affiches à imprimer',
    usage:
      'PDF vectoriels A4 et A3 avec 3 mm de fond perdu et traits de coupe, couleurs de marque en CMJN ; les photos restent en RVB, ce que `manifest.json` indique pour chaque PDF (`details.print`), avec leur résolution à l’impression (`details.photoPpi`, 300 pixels par pouce au plus ; en dessous de 300, demandez une photo plus grande si l’imprimeur l’exige). Envoyez le PDF tel quel à l’imprimeur ; l’aperçu PNG sert à la relecture. Ces PDF ne sont pas certifiés PDF/X : demandez à l’imprimeur son contrôle en amont (preflight).',
  },
  logo: {
    folder: 'logos/',
    title: 'Logos et blocs-marque',
    usage:
      'La marque partagée et le bloc-marque de co-signature, horizontal et vertical, en couleur, noir et réserve (blanc). SVG pour le web, PDF vectoriels en CMJN pour l’impression, PNG transparents en 1×, 2× et 4× ; le texte y est vectorisé, aucune police n’est nécessaire pour les ouvrir. La planche d’usage rappelle les interdits : ne pas déformer, recolorer ni ajouter d’effet.',
  },
  tokens: {
    folder: 'tokens/',
    title: 'Jetons de design (design tokens)',
    usage:
      'Les couleurs, typographies et espacements de la marque pour votre site : variables CSS (un fichier par mode : clair, sombre, contraste élevé, impression), SCSS, JSON et un export pour Figma (Tokens Studio).',
  },
  glossary: {
    folder: 'glossary/',
    title: 'Glossaire et codes lexicaux',
    usage:
      'Les noms officiels, les termes à privilégier ou à éviter, les accroches et paragraphes à reprendre mot pour mot, le ton et les règles typographiques. Ouvrez `glossary.html` dans un navigateur et relisez vos textes avec lui avant publication ; en cas de doute, l’équipe de la marque (voir « Contact ») peut les vérifier.',
  },
  font: {
    folder: 'fonts/',
    title: 'Polices de caractères',
    usage:
      'Les polices de la marque, sous licence libre SIL Open Font License (fichiers de licence joints). Installez-les pour composer vos propres documents (traitement de texte, mise en page) avec la typographie de la marque.',
  },
  'contact-sheet': {
    folder: 'contact-sheet.html',
    title: 'Planche contact',
    usage: 'Tous les visuels du kit en un coup d’œil, avec leur texte alternatif.',
  },
  documentation: { folder: 'README.md', title: 'Ce fichier', usage: '' },
};

const SECTION_ORDER: readonly KitSection[] = [
  'visual',
  'print',
  'logo',
  'contact-sheet',
  'tokens',
  'glossary',
  'font',
];

/** The kit's README, in French, for the partner's communications officer. */
export function kitReadme(input: KitReadmeInput): string {
  const { partner, brandName } = input;
  const cosigned = partner.sharedBrand
    ? ''
    : ` en co-signature ${nameAfter({ name: partner.officialName, ...(partner.article ? { article: partner.article } : {}) }, 'avec')}`;
  const lines: string[] = [
    partner.sharedBrand
      ? `# Kit de marque ${brandName}`
      : `# Kit de marque ${brandName} — ${partner.officialName}`,
    '',
    `Ce dossier contient tout ce qu’il faut pour communiquer sous la marque partagée « ${brandName} »${cosigned}. Utilisez les fichiers tels quels : ne les modifiez pas (ni couleurs, ni textes, ni proportions). Pour un visuel, un format ou une version à jour qui manque, écrivez à l’équipe de la marque (voir « Contact ») : le kit est régénéré à partir de la marque, jamais retouché à la main.`,
    '',
  ];
  if (input.illustrative) {
    lines.push(
      '> Marque d’exemple : cette identité est illustrative et n’est l’identité officielle d’aucune collectivité ni d’aucun organisme.',
      '',
    );
  }
  lines.push('## Contenu', '');
  for (const section of SECTION_ORDER) {
    const count = input.files.filter((file) => file.section === section).length;
    if (count === 0) continue;
    const text = SECTION_TEXT[section];
    lines.push(`### ${text.title} (\`${text.folder}\`, ${fileCount(count)})`, '', text.usage, '');
  }
  if (input.logoRules) {
    lines.push(
      '## Règles d’usage du logo',
      '',
      `- Zone de protection : ${input.logoRules.clearSpace} autour du bloc-marque, sans texte ni image.`,
      `- Taille minimale : ${input.logoRules.minSizeScreen} à l’écran, ${input.logoRules.minSizePrint} à l’impression${input.logoRules.minSizeReason ? ` (${input.logoRules.minSizeReason})` : ''}.`,
      '',
    );
  }
  lines.push(
    '## Accessibilité',
    '',
    'Les couleurs des visuels respectent les contrastes du RGAA (WCAG 2.1 niveau AA). Publiez toujours chaque image avec son texte alternatif.',
    '',
    '## Vérifier un fichier',
    '',
    '`manifest.json` liste chaque fichier avec sa taille, ses dimensions et son empreinte SHA-256.',
    '',
    '## Contact',
    '',
    `- Pour ce kit, une nouvelle version ou la relecture d’un texte : ${input.brandContact}`,
    ...(partner.sharedBrand ? [] : [`- ${partner.contactLine} — ${partner.website}`]),
    '',
  );
  return lines.join('\n');
}

function fileCount(count: number): string {
  return count === 1 ? '1 fichier' : `${count.toLocaleString('fr-FR')} fichiers`;
}
