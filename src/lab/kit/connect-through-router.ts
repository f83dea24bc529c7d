// A connect() across the scenario's router to an address its routing table refuses, and what the router's ICMP makes of it.
import type { ScenarioContext } from '../scenario.js';
import { rawClient } from './raw-pair.js';

/** Records a non-blocking connect() to `target` (as `call`) and its outcome from SO_ERROR, with the time it took. */
export async function connectThroughRouter({ timeline, sandbox }: ScenarioContext, target: string, call = 'connect'): Promise<void> {
  const client = rawClient(sandbox);
  const started = performance.now();
  const pending = client.connect(target, 80);
  timeline.call('client', call, pending.ok ? 'ok' : pending.code, `to ${target}:80, non-blocking: the SYN is sent`);
  const result = await client.connected(10_000);
  const ms = (performance.now() - started).toFixed(1);
  timeline.call('client', call, result.ok ? 'ok' : 'timedOut' in result ? 'no-error' : result.code, `SO_ERROR after ${ms} ms`);
  client.close();
}
