// A real browser for tests: Debian's headless Chromium driven by playwright-core (no browser download).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where scripts/test-prereqs.mjs makes sure Chromium is. */
export const CHROMIUM = '/usr/bin/chromium';

/** Options of withBrowser. */
export interface BrowserOptions {
  /** Chromium's --host-resolver-rules, e.g. "MAP rebind.test 127.0.0.1" to point a name at loopback. */
  readonly hostResolverRules?: string;
}

/**
 * Run `fn` with a fresh headless Chromium and close it whatever happens. Playwright gives it an empty profile in a
 * temp dir it removes on close, and --no-sandbox (its default). A missing browser fails the test with the fix, never
 * skips it.
 */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>, options: BrowserOptions = {}): Promise<T> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package with \`apt-get install -y chromium\` (npm test does it when run as root).`);
  }
  // Chromium's own temp files (.org.chromium.Chromium.*) were once left after close (a CI run failed on it): give it
  // a temp dir of its own and remove that.
  const scratch = mkdtempSync(join(tmpdir(), 'socklab-chromium-'));
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      env: { ...process.env, TMPDIR: scratch },
      // The machine has no outside network: keep Chromium from trying to reach Google's services at start.
      args: [
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
        ...(options.hostResolverRules === undefined ? [] : [`--host-resolver-rules=${options.hostResolverRules}`]),
      ],
    });
    try {
      return await fn(browser);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
