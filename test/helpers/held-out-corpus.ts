// The structural checks every held-out corpus gets: apart from the corpora before it, each line linked, labelled by ecosystem and unique.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RealLine } from '../fixtures/explain/real-lines.js';

/**
 * Registers the two tests that keep `lines` held out; its rate is measured elsewhere, never asserted. `link` is what every
 * source must look like: a GitHub thread, unless the set also draws on pages.
 */
export function testHeldOutCorpus(
  name: string, lines: readonly RealLine[], earlier: readonly RealLine[], link: RegExp = /^https:\/\/github\.com\//,
): void {
  test(`the ${name} shares no thread and no line with the corpora before it`, () => {
    const sources = new Set(earlier.map((r) => r.source));
    const texts = new Set(earlier.map((r) => r.line.trim()));
    assert.deepEqual(lines.filter((h) => sources.has(h.source) || texts.has(h.line.trim())).map((h) => h.line), []);
  });

  test(`every line of the ${name} has its thread's link, an ecosystem, and appears once`, () => {
    for (const h of lines) {
      assert.match(h.source, link, h.line);
      assert.notEqual(h.ecosystem, '', h.line);
    }
    assert.equal(new Set(lines.map((h) => h.line)).size, lines.length);
  });
}
