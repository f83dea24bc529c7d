// refuse: new connections get ECONNREFUSED (the listener closes) while the toxic exists or the upstream is down.
import type { LongTimeout } from '../long-timeout.js';
import { longTimeout } from '../long-timeout.js';
import { defineToxic } from '../toxic.js';

/** Refuse new connections without touching live ones. */
export const refuse = defineToxic({
  type: 'refuse',
  summary: 'Refuse new connections (ECONNREFUSED) while the toxic exists, or only while the upstream is down; live connections continue.',
  attributes: [
    { name: 'upstream_down', unit: '', default: 0, min: 0, integer: true, summary: '1 = refuse only while the upstream refuses; 0 = always' },
    { name: 'probe_interval', unit: 'ms', default: 250, min: 10, summary: 'how often the upstream is probed when upstream_down = 1' },
  ],
  check: (a) => ((a.upstream_down ?? 0) > 1 ? ['upstream_down', 'must be 0 or 1'] : undefined),
  stage: () => ({}),
  onProxy: async (proxy, attrs) => {
    let stopped = false;
    let timer: LongTimeout | undefined;
    const tick = async (): Promise<void> => {
      const a = attrs();
      const down = a.upstream_down === 1 ? !(await proxy.probeUpstream(a.probe_interval ?? 250)) : true;
      if (stopped) return;
      await proxy.setRefusing(down);
      if (!stopped && a.upstream_down === 1) timer = longTimeout(() => void tick().catch(() => undefined), a.probe_interval ?? 250);
    };
    await tick();
    return async () => {
      stopped = true;
      timer?.clear();
      await proxy.setRefusing(false);
    };
  },
});
