// The report shell: parts join one page with one contents, one stylesheet, one script and their catalog cards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from '../../../src/shared/html.js';
import { renderReportDocument } from '../../../src/shared/report/report-document.js';

const page = renderReportDocument({
  title: 'A <report>',
  subtitle: 'made by a test',
  parts: [
    { title: 'Lab', sections: [{ id: 'lab-a', title: 'A', body: html`<p>a</p>` }], css: '.lab-only { color: red }', errnoCards: new Map([['EPIPE', html`<article>pipe</article>`]]) },
    { title: 'Clients', sections: [{ id: 'clients-b', title: 'B & C', body: html`<p>b</p>` }], errnoCards: new Map([['EPIPE', html`<article>pipe</article>`], ['ECONNRESET', html`<article>reset</article>`]]) },
  ],
});

test('every part gets its sections, its contents entry and its CSS in one page', () => {
  assert.match(page, /^<!doctype html>\n<html lang="en">/);
  assert.match(page, /<title>A &lt;report&gt;<\/title>/);
  assert.match(page, /<span class="part">Lab<\/span><ol><li><a href="#lab-a">A<\/a><\/li><\/ol>/);
  assert.match(page, /<span class="part">Clients<\/span><ol><li><a href="#clients-b">B &amp; C<\/a><\/li><\/ol>/);
  assert.match(page, /<section class="report-section" id="clients-b" aria-labelledby="clients-b-heading">/);
  assert.match(page, /\.lab-only \{ color: red \}/);
  assert.equal(page.match(/<script>/g)?.length, 1);
});

test('catalog cards are embedded once each, whichever parts name them', () => {
  assert.equal(page.match(/<template id="errno-card-EPIPE">/g)?.length, 1);
  assert.equal(page.match(/<template id="errno-card-ECONNRESET">/g)?.length, 1);
});

test('nothing outside the file is referenced, and the page forbids fetching anything', () => {
  assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
  assert.doesNotMatch(page, /\b(src|href)="(https?:)?\/\//);
});
