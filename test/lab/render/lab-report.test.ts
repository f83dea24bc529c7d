// The HTML report of a real lab run, opened from file:// in a real Chromium: diagrams, interaction, themes, print.
// With SOCKLAB_SCREENSHOT_DIR set (npm run screenshots) it runs every scenario and saves the README's screenshots there.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { renderLabReport } from '../../../src/lab/render/lab-report.js';
import { runLab, type LabResult } from '../../../src/lab/runner.js';
import type { PacketEvent } from '../../../src/lab/timeline.js';
import { withBrowser } from '../../helpers/browser.js';

const SHOTS = process.env.SOCKLAB_SCREENSHOT_DIR;
// A few scenarios cover every kind of mark: ICMP from the router, RST and FIN, states, many errnos, a long wait.
const IDS = SHOTS === undefined ? ['econnrefused', 'ehostunreach-connect', 'peer-closed-then-write', 'sockopt-errors', 'etimedout-connect'] : [];

const packetsOf = (result: LabResult, id: string): PacketEvent[] =>
  result.runs.find((r) => r.id === id)!.events.filter((e): e is PacketEvent => e.kind === 'packet');

/** Collects what must never happen on the page: console errors, uncaught exceptions, and any request leaving the file. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`); });
  return problems;
}

test('the lab report in Chromium from file://', { timeout: 300_000 }, async (t) => {
  const result = await runLab({ ids: IDS });
  assert.ok(result.runs.every((r) => r.status === 'ran'), result.runs.map((r) => `${r.id}: ${r.reason ?? r.status}`).join('\n'));
  const dir = mkdtempSync(join(tmpdir(), 'socklab-report-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderLabReport(result));
  const shots = SHOTS ?? join(dir, 'shots');
  mkdirSync(shots, { recursive: true });

  await withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { width: 1240, height: 900 }, colorScheme: 'light' });
    const problems = watch(page);
    await page.goto(pathToFileURL(file).href);

    await t.test('one diagram per scenario, as many arrows as the timeline has packets', async () => {
      assert.equal(await page.locator('svg.diagram').count(), result.runs.length);
      for (const run of result.runs) {
        const arrows = page.locator(`svg.diagram[data-scenario="${run.id}"] g.packet`);
        assert.equal(await arrows.count(), packetsOf(result, run.id).length, run.id);
      }
      assert.ok(packetsOf(result, 'peer-closed-then-write').some((p) => p.protocol === 'tcp' && p.tcp.flags.includes('RST')));
    });

    await t.test('the ICMP arrow starts on the lifeline of the router that sent it', async () => {
      const icmp = packetsOf(result, 'ehostunreach-connect').filter((p) => p.protocol !== 'tcp');
      assert.ok(icmp.length > 0, 'the run saw the ICMP error');
      const diagram = page.locator('svg.diagram[data-scenario="ehostunreach-connect"]');
      for (const packet of icmp) {
        assert.equal(packet.from, 'router');
        const arrow = diagram.locator(`g.packet.pkt-icmp[data-t="${packet.t}"] line.wire`);
        const lifeline = diagram.locator(`line.lifeline[data-host="${packet.from}"]`).first();
        assert.equal(await arrow.getAttribute('x1'), await lifeline.getAttribute('x1'));
        assert.equal(await diagram.locator('text.host', { hasText: 'router' }).count(), 1);
      }
    });

    await t.test('hovering a packet shows its details; clicking an errno shows its catalog entry', async () => {
      const section = page.locator('#lab-ehostunreach-connect');
      await section.scrollIntoViewIfNeeded();
      await section.locator('g.packet.pkt-syn line.hit').first().hover({ force: true });
      await page.locator('#tooltip').waitFor({ state: 'visible' });
      assert.match(await page.locator('#tooltip').innerText(), /SYN: seq 0 .*win \d+/);
      await section.locator('svg tspan.errno[data-errno="EHOSTUNREACH"]').first().click();
      const dialog = page.locator('#errno-dialog');
      assert.equal(await dialog.getAttribute('open'), '');
      assert.match(await dialog.innerText(), /EHOSTUNREACH[\s\S]*No route to host/);
      await dialog.locator('button.close').click();
      assert.equal(await dialog.getAttribute('open'), null);
      // The same entry from the keyboard: the index table's errno buttons.
      await page.locator('#lab-table button.errno[data-errno="ECONNREFUSED"]').first().focus();
      await page.keyboard.press('Enter');
      assert.match(await dialog.innerText(), /ECONNREFUSED[\s\S]*Connection refused/);
      await page.keyboard.press('Escape');
    });

    await t.test('the index filters the table by verdict', async () => {
      const visible = (): Promise<number> => page.locator('#lab-table tbody tr:visible').count();
      await page.locator('.filters button[data-filter="agrees"]').click();
      assert.equal(await visible(), result.counts.agrees);
      await page.locator('.filters button[data-filter="differs"]').click();
      assert.equal(await visible(), result.counts.contradicts);
      await page.locator('.filters button[data-filter="all"]').click();
      assert.equal(await visible(), result.runs.length);
      assert.equal(await page.locator('svg.time-chart g.chart-row').count(), result.runs.length);
    });

    await t.test('text alternatives: every picture is named and described, every run has its timeline as a table', async () => {
      for (const svg of await page.locator('svg[role="img"]').all()) {
        const ids = (await svg.getAttribute('aria-labelledby'))!.split(' ');
        for (const id of ids) assert.ok((await page.locator(`[id="${id}"]`).textContent())!.length > 10, id);
      }
      assert.equal(await page.locator('details.timeline table').count(), result.runs.length);
    });

    await t.test('screenshots: the index, one diagram, the dark theme', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, 'report-index.png') });
      await page.locator('#lab-peer-closed-then-write figure').screenshot({ path: join(shots, 'report-diagram.png') });
      await page.locator('#theme-toggle').click();
      assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
      await page.locator('#lab-ehostunreach-connect figure').screenshot({ path: join(shots, 'report-dark.png') });
      for (const name of ['report-index.png', 'report-diagram.png', 'report-dark.png']) {
        assert.equal(readFileSync(join(shots, name)).subarray(1, 4).toString(), 'PNG');
      }
    });

    await t.test('print: light, no controls, every section', async () => {
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#theme-toggle').isVisible(), false);
      assert.equal(await page.locator('.filters').isVisible(), false);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
      await page.emulateMedia({ media: 'screen' });
    });

    await t.test('text from a run is escaped: peer data and names stay text in HTML and SVG', async () => {
      const hostile = '</script><img src=x onerror="document.title=1"><svg onload="document.title=2">&amp; \u0007';
      const run = result.runs.find((r) => r.id === 'econnrefused')!;
      const tampered = { ...run, title: hostile, events: [...run.events, { kind: 'note' as const, t: 1, text: hostile },
        { kind: 'call' as const, t: 2, endpoint: 'server' as const, call: hostile, result: 'ok', detail: hostile }] };
      const other = join(dir, 'hostile.html');
      writeFileSync(other, renderLabReport({ ...result, runs: [tampered] }));
      await page.goto(pathToFileURL(other).href);
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.title(), 'socklab lab report');
      assert.ok((await page.locator('svg.diagram g.note text').allTextContents()).join('').includes('<img src=x'));
      assert.ok((await page.locator('#lab-table').innerText()).includes('</script><img'));
    });

    assert.deepEqual(problems, []);
  });
});
