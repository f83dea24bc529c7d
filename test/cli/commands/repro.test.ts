// socklab repro --html/--svg on a real run: the files open in Chromium without errors and draw what --json reports.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { main } from '../../../src/cli/main.js';
import type { ScenarioRun } from '../../../src/lab/runner.js';
import { withBrowser } from '../../helpers/browser.js';
import { memoryIo } from '../../helpers/memory-io.js';

test('repro --html and --svg write one self-contained page and one SVG file of the run', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-repro-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const [page, svg] = [join(dir, 'run.html'), join(dir, 'run.svg')];
  const io = memoryIo();
  assert.equal(await main(['repro', 'peer-abort', '--json', '--html', page, '--svg', svg], io), 0, io.err());
  const run = JSON.parse(io.out()) as ScenarioRun;
  const packets = run.events.filter((e) => e.kind === 'packet').length;
  assert.ok(packets > 0);
  assert.match(readFileSync(svg, 'utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);

  await withBrowser(async (browser) => {
    for (const file of [page, svg]) {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      tab.on('pageerror', (e) => problems.push(e.message));
      await tab.goto(pathToFileURL(file).href);
      assert.equal(await tab.locator('svg.diagram').count(), 1, file);
      assert.equal(await tab.locator('svg.diagram g.packet').count(), packets, file);
      assert.deepEqual(problems, [], file);
    }
  });
  // Only the SVG file carries the verdict inside the picture; the page says it in HTML beside it.
  assert.match(readFileSync(svg, 'utf8'), /<g class="footer">[\s\S]*Verdict: <tspan class="verdict-agrees">agrees/);
  assert.match(readFileSync(page, 'utf8'), /<dt>Verdict<\/dt><dd><span class="verdict verdict-agrees">/);
});

test('a report path that cannot be written fails, exit 2 naming the path', async () => {
  const io = memoryIo();
  assert.equal(await main(['lab', 'econnrefused', '--html', '/nonexistent-dir/report.html'], io), 2);
  assert.match(io.err(), /^socklab: Cannot write \/nonexistent-dir\/report\.html: ENOENT/);
  assert.equal(existsSync('/nonexistent-dir'), false);
});

test('an unknown scenario id fails before any file is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-repro-'));
  try {
    const io = memoryIo();
    assert.equal(await main(['repro', 'econnrefsed', '--svg', join(dir, 'x.svg')], io), 2);
    assert.match(io.err(), /Did you mean econnrefused\?/);
    assert.equal(existsSync(join(dir, 'x.svg')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
