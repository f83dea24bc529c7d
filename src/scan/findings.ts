// Derives the three findings that matter most from the groups, by the rules documented in docs/scan.md.
import type { GroupAccumulator } from './group-table.js';
import type { MinuteCounter } from './histogram.js';
import type { ScanPhase } from './recognizer.js';
import type { ScanFinding } from './scan-result.js';

/** Why an errno concentrated on one peer usually happens, in plain words. */
const PEER_CAUSE: Readonly<Record<string, string>> = {
  ECONNRESET: 'the peer restarted or a middlebox dropped idle connections',
  ECONNREFUSED: 'nothing was listening there: the service was down, restarting or on another port',
  ETIMEDOUT: 'packets to it went unanswered: the host is down or overloaded, or a firewall drops them',
  EPIPE: 'the app wrote on connections the peer had already closed (stale pooled connections)',
  ECONNABORTED: 'connections were aborted locally, usually after a timeout or a failed handshake',
  EHOSTUNREACH: 'no route to that host: it is down or the network path to it is broken',
  ENETUNREACH: 'no route to that network: check routing and VPN or interface state',
  ENOTFOUND: 'the name does not resolve: a typo, a missing DNS record or the wrong search domain',
  EAI_AGAIN: 'the resolver did not answer in time: DNS servers are unreachable or overloaded',
  EADDRNOTAVAIL: 'the client ran out of local ports (TIME_WAIT churn) or binds to an address it does not own',
};

const PHASE_CAUSE: Readonly<Record<ScanPhase, string>> = {
  connect: 'connections fail before they exist: the peer is down, not listening or unreachable',
  read: 'established connections break while waiting for data: peers or middleboxes close them',
  write: 'the peer had already gone when the app wrote: stale connections are being reused',
  accept: 'the server fails while accepting: descriptor limits or clients giving up during the handshake',
  dns: 'name resolution fails: check the resolver, DNS servers and search domains',
  close: 'closing connections fails: the peer reset them first or the app closes sockets twice',
};

const percent = (part: number, whole: number): string => `${Math.round((part / whole) * 100)}%`;
const clock = (ms: number): string => new Date(ms).toISOString().slice(11, 16);
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function sumBy<K>(groups: readonly GroupAccumulator[], key: (g: GroupAccumulator) => K): Map<K, number> {
  const totals = new Map<K, number>();
  for (const g of groups) totals.set(key(g), (totals.get(key(g)) ?? 0) + g.count);
  return totals;
}

function top<K>(totals: Map<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const entry of totals) if (best === undefined || entry[1] > best[1]) best = entry;
  return best;
}

/** Rule peer-share: one peer takes at least half of an errno's hits (at least 5 hits). */
function peerShare(groups: readonly GroupAccumulator[], timeline: MinuteCounter): ScanFinding[] {
  const found: ScanFinding[] = [];
  for (const [errno, total] of sumBy(groups, (g) => g.errno)) {
    if (errno === null || total < 5) continue;
    const ofErrno = groups.filter((g) => g.errno === errno && g.peer !== null);
    const best = top(sumBy(ofErrno, (g) => g.peer));
    if (best === undefined || best[1] / total < 0.5) continue;
    const firsts = ofErrno.filter((g) => g.peer === best[0]).map((g) => g.minutes.first).filter((t): t is number => t !== null);
    const start = firsts.length > 0 ? Math.min(...firsts) : null;
    const onset = start !== null && timeline.first !== null && start - timeline.first >= 5 * 60_000 ? ` and started at ${clock(start)}` : '';
    const cause = PEER_CAUSE[errno] ?? 'the problem sits with that peer or the path to it';
    found.push({ rule: 'peer-share', score: best[1] * (best[1] / total), text: `${percent(best[1], total)} of ${errno} (${best[1]} of ${total}) hit ${best[0]}${onset}: ${cause}.` });
  }
  return found;
}

/** Rule burst: the busiest minute has at least 10 hits and 3 times the median of the minutes with hits. */
function burst(groups: readonly GroupAccumulator[], timeline: MinuteCounter): ScanFinding[] {
  const { counts, start } = timeline.histogram();
  if (start === null || counts.length < 3) return [];
  const nonzero = counts.filter((n) => n > 0).sort((a, b) => a - b);
  const median = nonzero[Math.floor(nonzero.length / 2)] ?? 0;
  const peak = Math.max(...counts);
  if (peak < 10 || peak < 3 * Math.max(1, median)) return [];
  const peakAt = counts.indexOf(peak);
  let first = peakAt;
  while (first > 0 && counts[first - 1]! > 2 * median) first--;
  const t0 = Date.parse(start);
  const from = t0 + first * 60_000;
  const to = t0 + peakAt * 60_000;
  let lead: GroupAccumulator | undefined;
  let leadCount = 0;
  for (const g of groups) {
    const n = g.minutes.countBetween(from, to);
    if (n > leadCount) [lead, leadCount] = [g, n];
  }
  const what = lead === undefined ? '' : `, mostly ${lead.errno ?? 'errors'} (${lead.ecosystem}${lead.peer === null ? '' : ` to ${lead.peer}`})`;
  return [{
    rule: 'burst', score: peak * 2,
    text: `A burst started at ${clock(from)} (${day(from)}): ${peak} errors in the minute ${clock(t0 + peakAt * 60_000)}, ${Math.round(peak / Math.max(1, median))}x the usual ${median}/min${what}. Look at what changed then (deploy, restart, failover).`,
  }];
}

/** Rule phase: one phase holds at least 70% of the hits that have a phase (at least 5). */
function phase(groups: readonly GroupAccumulator[]): ScanFinding[] {
  const withPhase = groups.filter((g) => g.phase !== null);
  const total = withPhase.reduce((n, g) => n + g.count, 0);
  const best = top(sumBy(withPhase, (g) => g.phase as ScanPhase));
  if (best === undefined || total < 5 || best[1] / total < 0.7) return [];
  return [{ rule: 'phase', score: best[1] * 0.8, text: `${percent(best[1], total)} of errors happen during ${best[0]}: ${PHASE_CAUSE[best[0]]}.` }];
}

/** Rule top-errno: the most frequent errno, when it is at least 40% of all hits (at least 5). */
function topErrno(groups: readonly GroupAccumulator[], hits: number): ScanFinding[] {
  const best = top(sumBy(groups, (g) => g.errno));
  if (best === undefined || best[0] === null || best[1] < 5 || best[1] / hits < 0.4) return [];
  const peers = new Set(groups.filter((g) => g.errno === best[0] && g.peer !== null).map((g) => g.peer)).size;
  const spread = peers === 0 ? 'no line names the peer' : `spread over ${peers} named peer${peers === 1 ? '' : 's'}`;
  return [{ rule: 'top-errno', score: best[1] * 0.3, text: `${best[0]} is ${percent(best[1], hits)} of all socket errors (${best[1]}), ${spread}.` }];
}

/** Rule shared-peer: a peer failing for two or more ecosystems (different clients see the same trouble). */
function sharedPeer(groups: readonly GroupAccumulator[]): ScanFinding[] {
  const byPeer = new Map<string, Set<string>>();
  for (const g of groups) if (g.peer !== null) byPeer.set(g.peer, (byPeer.get(g.peer) ?? new Set()).add(g.ecosystem));
  const found: ScanFinding[] = [];
  for (const [peer, ecosystems] of byPeer) {
    if (ecosystems.size < 2) continue;
    const count = groups.filter((g) => g.peer === peer).reduce((n, g) => n + g.count, 0);
    found.push({ rule: 'shared-peer', score: count * 0.7, text: `${peer} fails for ${ecosystems.size} different clients (${[...ecosystems].sort().join(', ')}; ${count} errors): the cause is at that peer or on the path to it, not in one application.` });
  }
  return found;
}

/** The (at most) three findings with the highest scores. */
export function deriveFindings(groups: readonly GroupAccumulator[], timeline: MinuteCounter, hits: number): ScanFinding[] {
  const all = [...peerShare(groups, timeline), ...burst(groups, timeline), ...phase(groups), ...topErrno(groups, hits), ...sharedPeer(groups)];
  return all.sort((a, b) => b.score - a.score).slice(0, 3).map((f) => ({ ...f, score: Math.round(f.score * 100) / 100 }));
}
