import { escapeMarkup } from '@blason/core/markup';
import { channels } from '../schema.js';
import { channelLabels, type Glossary, type GlossaryEntry, modeLabel } from './data.js';

/** Lower case without accents, as the search script compares. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

function list(title: string, items: readonly string[], kind: 'do' | 'dont'): string {
  if (items.length === 0) return '';
  const mark = kind === 'do' ? '✓' : '✗';
  const label = kind === 'do' ? 'à écrire' : 'à éviter';
  const lis = items
    .map(
      (item) =>
        `<li><span class="mark" aria-hidden="true">${mark}</span> <span class="visually-hidden">${label}\u00A0: </span>${escapeMarkup(item)}</li>`,
    )
    .join('');
  return `<div class="${kind}"><h4>${title}</h4><ul>${lis}</ul></div>`;
}

function entryHtml(entry: GlossaryEntry): string {
  const key = searchKey(
    [entry.term, entry.summary, entry.definition, entry.usage, ...entry.do, ...entry.dont].join(' '),
  );
  const parts = [
    `<article class="entry" id="${escapeMarkup(entry.id)}" data-search="${escapeMarkup(key)}">`,
    `<h3>${escapeMarkup(entry.term)}</h3>`,
  ];
  if (entry.summary) parts.push(`<p class="summary">${escapeMarkup(entry.summary)}</p>`);
  if (entry.definition || entry.usage) {
    parts.push('<dl>');
    if (entry.definition) parts.push(`<dt>Définition</dt><dd>${escapeMarkup(entry.definition)}</dd>`);
    if (entry.usage) parts.push(`<dt>Usage</dt><dd>${escapeMarkup(entry.usage)}</dd>`);
    parts.push('</dl>');
  }
  if (entry.do.length > 0 || entry.dont.length > 0) {
    parts.push(
      `<div class="pairs">${list('À écrire', entry.do, 'do')}${list('À éviter', entry.dont, 'dont')}</div>`,
    );
  }
  if (entry.examples.length > 0) {
    const items = entry.examples
      .map((example) => {
        const label = example.correct ? 'Correct' : 'Incorrect';
        const note = example.note ? ` <span class="note">(${escapeMarkup(example.note)})</span>` : '';
        return `<li class="${example.correct ? 'ok' : 'ko'}"><strong>${label}\u00A0:</strong> ${escapeMarkup(example.text)}${note}</li>`;
      })
      .join('');
    parts.push(`<h4>Exemples</h4><ul class="examples">${items}</ul>`);
  }
  if (entry.scope?.partners || entry.scope?.channels) {
    const scope = [
      ...(entry.scope.partners ?? []),
      ...(entry.scope.channels ?? []).map((c) => channelLabels[c]),
    ];
    parts.push(`<p class="scope">Portée\u00A0: ${escapeMarkup(scope.join(', '))}</p>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

const style = `
:root{color-scheme:light;--text:#1a1f24;--muted:#4a5560;--line:#c5ccd3;--ok:#1d6b3a;--ko:#a12a1f;--focus:#0b57d0;--bg:#fff;--soft:#f3f5f7}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.55 "Atkinson Hyperlegible Next","Atkinson Hyperlegible",system-ui,sans-serif;color:var(--text);background:var(--bg)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;outline:3px solid var(--focus)}
header,main,nav{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:2rem;margin:.5rem 0}
.search{margin:1rem 0;display:flex;flex-direction:column;gap:.25rem}
.search input{font:inherit;padding:.6rem .75rem;border:2px solid var(--muted);border-radius:.4rem;max-width:30rem}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;padding:0;list-style:none}
a{color:var(--focus)}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid var(--line);padding:.35rem .75rem;text-align:left}
section{border-top:2px solid var(--line);margin-top:2rem}
.entry{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0;background:var(--soft)}
.entry h3{margin:.2rem 0}.entry h4{margin:.6rem 0 .2rem;font-size:1rem}
.summary,.scope,.note{color:var(--muted)}
dl{margin:.5rem 0}dt{font-weight:700}dd{margin:0 0 .4rem}
.pairs{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.5rem 1.5rem}
.pairs ul,.examples{margin:0;padding-left:0;list-style:none}
.do .mark,.ok strong{color:var(--ok)}.dont .mark,.ko strong{color:var(--ko)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[hidden]{display:none!important}
`;

const script = `
(function(){
  var input=document.getElementById('recherche');
  var status=document.getElementById('resultats');
  var entries=[].slice.call(document.querySelectorAll('.entry'));
  var sections=[].slice.call(document.querySelectorAll('main section'));
  function key(t){return t.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase().trim().replace(/\\s+/g,' ');}
  function update(){
    var q=key(input.value);var shown=0;
    entries.forEach(function(e){var ok=!q||e.getAttribute('data-search').indexOf(q)!==-1;e.hidden=!ok;if(ok)shown++;});
    sections.forEach(function(s){s.hidden=!s.querySelector('.entry:not([hidden])');});
    status.textContent=q?(shown===0?'Aucun terme trouvé.':shown+(shown>1?' termes trouvés.':' terme trouvé.')):'';
  }
  input.addEventListener('input',update);
})();
`;

/** A standalone, accessible, searchable HTML page (French, no external resource). */
export function glossaryHtml(glossary: Glossary): string {
  const nav = glossary.sections
    .map((s) => `<li><a href="#${s.id}">${escapeMarkup(s.title)}</a></li>`)
    .join('');
  const policy = channels
    .map(
      (c) =>
        `<tr><th scope="row">${escapeMarkup(channelLabels[c])}</th><td>${escapeMarkup(modeLabel(glossary.inclusive[c]))}</td></tr>`,
    )
    .join('');
  const sections = glossary.sections
    .map(
      (s) =>
        `<section id="${s.id}" aria-labelledby="titre-${s.id}">\n<h2 id="titre-${s.id}">${escapeMarkup(s.title)}</h2>\n<p>${escapeMarkup(s.intro)}</p>\n${s.entries.map(entryHtml).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(glossary.title)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header>
<h1>${escapeMarkup(glossary.title)}</h1>
<p>Les codes lexicaux communs de la marque. Vérifiez un texte avec <code>npx blason lint</code>.</p>
<div class="search" role="search">
<label for="recherche">Rechercher un terme</label>
<input type="search" id="recherche" aria-describedby="aide-recherche" aria-controls="contenu" autocomplete="off">
<span id="aide-recherche" class="summary">La liste se filtre pendant la saisie, accents et majuscules ignorés.</span>
<p id="resultats" role="status" aria-live="polite"></p>
</div>
</header>
<nav aria-label="Sommaire"><ul>${nav}</ul></nav>
<main id="contenu" tabindex="-1">
<h2>Écriture inclusive par canal</h2>
<table><caption class="visually-hidden">Forme d’écriture inclusive attendue par canal</caption><thead><tr><th scope="col">Canal</th><th scope="col">Forme</th></tr></thead><tbody>${policy}</tbody></table>
${sections}
</main>
<script>${script}</script>
</body>
</html>
`;
}
