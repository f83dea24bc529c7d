// The soak test's API driver, in its own process so the latencies it measures are the server's, not the load's:
// adds, updates and removes toxics of every type (refuse and slicer 1 included), POST /reset every second,
// then prints {"ops":..,"resets":..,"latencies":[..],"versions":[..],"reference":[..],"failures":[..]}: latencies of
// the toxic operations and resets, of GET /version on the same server (what any request there costs right now), and
// of the same GETs to the idle reference server, one after the other.
// Args: <api url> <reference url> <ops> <deadline ms>.
const [url = '', referenceUrl = '', opsArg = '1000', msArg = '60000'] = process.argv.slice(2);
const total = Number(opsArg);
const deadline = Date.now() + Number(msArg);
// Spread the operations over most of the time given, on a schedule: on a loaded machine a slow call shortens the
// next pause instead of pushing every later operation back.
const pace = (Number(msArg) * 0.8) / total;
const started = Date.now();

const KINDS: [string, Record<string, number>][] = [
  ['latency', { latency: 5, jitter: 5 }], ['bandwidth', { rate: 2000 }], ['slow_close', { delay: 10 }],
  ['timeout', { timeout: 100 }], ['reset_peer', { timeout: 50 }], ['slicer', { average_size: 1 }],
  ['slicer', { average_size: 64, size_variation: 32, delay: 10 }], ['limit_data', { bytes: 20_000 }], ['noop', {}],
  ['reset_after', { bytes: 5000 }], ['close_wait', { delay: 100 }], ['refuse', {}], ['hang_after', { timeout: 100 }],
  ['slow_open', { delay: 10 }],
];

// refuse acts on the listener (no roll); slicer 1 costs a write per byte, so it hits one connection in five.
const TOXICITY: Record<string, number> = { refuse: 1, slicer: 0.2 };

const latencies: number[] = [];
const versions: number[] = [];
const reference: number[] = [];
const failures: string[] = [];
async function probeReference(): Promise<void> {
  const t = performance.now();
  await (await fetch(`${referenceUrl}/version`)).arrayBuffer();
  reference.push(performance.now() - t);
}
async function call(method: string, path: string, body?: unknown, okStatus: readonly number[] = [200, 204]): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${url}${path}`, body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  await res.arrayBuffer();
  (path === '/version' ? versions : latencies).push(performance.now() - t);
  if (!okStatus.includes(res.status)) failures.push(`${method} ${path}: ${res.status}`);
  return res.status;
}

let ops = 0;
let resets = 0;
const live: string[] = [];
const resetter = setInterval(() => {
  resets++;
  live.length = 0;
  void call('POST', '/reset');
}, 1000);
for (let i = 0; ops < total && Date.now() < deadline; i++) {
  const step = i % 3;
  if (step === 0 || live.length === 0) {
    const [type, attributes] = KINDS[i % KINDS.length]!;
    const name = `t${i}`;
    // A /reset may land between our calls, so a later update or removal may find the toxic gone (404).
    if ((await call('POST', '/proxies/p/toxics', { name, type, stream: i % 2 ? 'upstream' : 'downstream', toxicity: TOXICITY[type] ?? 0.5, attributes })) === 200) live.push(name);
  } else if (step === 1) {
    await call('POST', `/proxies/p/toxics/${live[0]}`, { toxicity: 0.3 }, [200, 404]);
  } else {
    await call('DELETE', `/proxies/p/toxics/${live.shift()}`, undefined, [204, 404]);
  }
  ops++;
  await new Promise((x) => setTimeout(x, Math.max(0, started + ops * pace - Date.now())));
  if (i % 3 === 0) {
    await call('GET', '/version');
    await probeReference();
  }
}
clearInterval(resetter);
await call('POST', '/reset');
process.stdout.write(`${JSON.stringify({ ops, resets, latencies, versions, reference, failures })}\n`);
