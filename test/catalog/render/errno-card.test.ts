// An errno's catalog card for the report: the same facts `socklab explain` gives, as escaped HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errnoCard } from '../../../src/catalog/render/errno-card.js';
import { lookup } from '../../../src/catalog/lookup.js';
import { ERRNO_NAMES, PLATFORMS } from '../../../src/catalog/types.js';

test('every catalog errno has a card with its message, summary, every call and every platform', () => {
  for (const name of ERRNO_NAMES) {
    const { entry } = lookup(name, 'linux');
    const card = errnoCard(name, 'linux').text;
    assert.ok(card.startsWith(`<article class="errno-card" data-errno="${name}">`), name);
    assert.ok(card.includes(`<code>${name}</code>`), name);
    for (const call of entry.calls) assert.ok(card.includes(`<code>${call.call}()</code>`), `${name} ${call.call}`);
    for (const platform of PLATFORMS) assert.ok(card.includes(`<th scope="row">${platform}</th>`), `${name} ${platform}`);
    assert.doesNotMatch(card, /<(?!\/?(article|h3|h4|p|code|small|section|dl|dt|dd|ul|li|details|summary|table|tr|th|td)\b)/, name);
  }
});

test('ECONNRESET reads as the catalog says, with the scenarios that reproduce it', () => {
  const card = errnoCard('ECONNRESET', 'linux').text;
  assert.match(card, /Connection reset by peer <small>\(104\)<\/small>/);
  assert.match(card, /<code>socklab repro peer-closed-then-write<\/code>|<code>socklab repro [a-z-]+<\/code>/);
});
