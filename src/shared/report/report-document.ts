// The HTML report as one self-contained page: any capability adds a part (sections, CSS, catalog cards) to the shell.
import { html, trusted, type SafeHtml } from '../html.js';
import { paletteCss } from './report-palette.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_CSS } from './report-style.js';

/** One section of the page: an anchor, a heading (also its entry in the contents), and its body. */
export interface ReportSection {
  /** The section's id, unique in the page: the parts prefix theirs (`lab-…`, `clients-…`). */
  readonly id: string;
  readonly title: string;
  readonly body: SafeHtml;
}

/**
 * What one capability adds to a report. The page's script serves every part: an element with `data-errno="NAME"`
 * opens that errno's card when clicked, one with `data-tip` shows its SVG `<title>` as a tooltip, and a
 * `.filters[data-filter-target]` group of `button[data-filter]` filters the rows of the table it names.
 */
export interface ReportPart {
  /** The part's name in the contents (`Lab`). */
  readonly title: string;
  readonly sections: readonly ReportSection[];
  /** CSS for what only this part draws; socklab's own text, never a run's. */
  readonly css?: string;
  /** Catalog cards (see errnoCard) for the errnos this part's `data-errno` elements name. */
  readonly errnoCards?: ReadonlyMap<string, SafeHtml>;
}

/** A whole report page. */
export interface ReportDocument {
  readonly title: string;
  /** One line under the title: where and when the report was made. */
  readonly subtitle: string;
  readonly parts: readonly ReportPart[];
}

function contents(parts: readonly ReportPart[]): SafeHtml {
  return html`<nav class="contents" aria-label="Contents">${parts.map((part) => html`<div><span class="part">${part.title}</span>\
<ol>${part.sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ol></div>`)}</nav>`;
}

function section(s: ReportSection): SafeHtml {
  return html`<section class="report-section" id="${s.id}" aria-labelledby="${s.id}-heading">\
<h2 id="${s.id}-heading">${s.title}</h2>${s.body}</section>`;
}

/** The page: no network fetch, styles and script inline, so it works opened from a file and printed. */
export function renderReportDocument(doc: ReportDocument): string {
  const cards = new Map<string, SafeHtml>();
  for (const part of doc.parts) for (const [name, card] of part.errnoCards ?? []) cards.set(name, card);
  const css = [paletteCss(':root'), REPORT_CSS, ...doc.parts.map((p) => p.css ?? '')].join('\n');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${doc.title}</title>
<style>${trusted(css)}</style>
</head>
<body>
<header class="page-head">
<h1>${doc.title}</h1>
<p>${doc.subtitle}</p>
<div class="controls"><button type="button" id="theme-toggle" aria-pressed="false">Dark theme</button></div>
${contents(doc.parts)}
</header>
<main>
${doc.parts.flatMap((part) => part.sections.map(section))}
</main>
<dialog id="errno-dialog" aria-label="Catalog entry"><div class="dialog-bar"><button type="button" class="close">Close</button></div>\
<div class="dialog-body"></div></dialog>
<div id="tooltip" role="tooltip" hidden></div>
${[...cards].map(([name, card]) => html`<template id="errno-card-${name}">${card}</template>`)}
<script>${trusted(REPORT_SCRIPT)}</script>
</body>
</html>
`.text;
}
