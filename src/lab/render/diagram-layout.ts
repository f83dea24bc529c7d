// Where a sequence diagram puts things: one lane per host, and a time axis on a true scale with long waits cut out.
import type { ScenarioRun } from '../runner.js';
import type { PacketHost } from '../timeline.js';

/** A host with a lifeline, left to right: client, router, an address no host owns, server. */
export const LANE_ORDER: readonly PacketHost[] = ['client', 'router', 'network', 'server'];

/** One lifeline: its host, x, and the addresses the run saw it use. */
export interface Lane {
  readonly host: PacketHost;
  readonly x: number;
  readonly addresses: readonly string[];
}

/** Space an event needs above and below its anchor line, in px. */
export interface Extent {
  readonly above: number;
  readonly below: number;
}

/** A wait longer than the diagram can show to scale: drawn `height` px tall and marked with its true length. */
export interface TimeBreak {
  readonly top: number;
  readonly height: number;
  readonly ms: number;
}

/** The time axis: each event's y, the scale between them, and the waits cut out. */
export interface TimeAxis {
  readonly ys: readonly number[];
  /** px per ms wherever the diagram is to scale. */
  readonly pxPerMs: number;
  readonly breaks: readonly TimeBreak[];
  /** The y below the last event. */
  readonly bottom: number;
}

/** The hosts a run reports (its hosts, and those its packets name), in LANE_ORDER; the client and the server always. */
export function laneHosts(run: ScenarioRun): PacketHost[] {
  const seen = new Set<PacketHost>(['client', 'server']);
  if (run.hosts.router !== undefined) seen.add('router');
  for (const event of run.events) {
    if (event.kind === 'packet') {
      seen.add(event.from);
      seen.add(event.to);
    }
  }
  return LANE_ORDER.filter((host) => seen.has(host));
}

/** The addresses of each host: the one the run names first, then any other its packets show it using. */
export function hostAddresses(run: ScenarioRun): Map<PacketHost, string[]> {
  const found = new Map<PacketHost, string[]>();
  const add = (host: PacketHost, address: string | undefined): void => {
    const list = found.get(host) ?? [];
    if (address !== undefined && !list.includes(address)) found.set(host, [...list, address]);
  };
  for (const host of ['client', 'server', 'router'] as const) add(host, run.hosts[host]);
  for (const event of run.events) {
    if (event.kind === 'packet') for (const end of [event.src, event.dst]) add(end.host, end.address);
  }
  return found;
}

/** Lanes spread evenly between `left` and `right`. */
export function placeLanes(run: ScenarioRun, hosts: readonly PacketHost[], left: number, right: number): Lane[] {
  const addresses = hostAddresses(run);
  const step = hosts.length > 1 ? (right - left) / (hosts.length - 1) : 0;
  return hosts.map((host, i) => ({ host, x: Math.round(left + i * step), addresses: addresses.get(host) ?? [] }));
}

/** Scales tried, largest first: the diagram uses the largest whose to-scale waits fit the height budget. */
const SCALES = [20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001];

/** Limits of the time axis. */
export interface AxisLimits {
  /** The most px the waits shown to scale may add up to. */
  readonly budget: number;
  /** A wait taller than this at the chosen scale is cut out. */
  readonly longestWait: number;
  /** The height a cut-out wait is drawn with. */
  readonly breakHeight: number;
}

const LIMITS: AxisLimits = { budget: 1000, longestWait: 360, breakHeight: 40 };

/** A wait is cut out only when it is this many times longer than every wait drawn to scale. */
const CUT_RATIO = 4;

/**
 * The largest scale at which the waits fit the height budget and every wait cut out stands apart from those drawn
 * to scale (so a doubling series of retransmissions stays whole); failing that, the largest that fits.
 */
function chooseScale(gaps: readonly number[], limits: AxisLimits): number {
  const fits = (scale: number): boolean => gaps.reduce((sum, gap) => sum + Math.min(gap * scale, limits.longestWait), 0) <= limits.budget;
  const separated = (scale: number): boolean => {
    const kept = gaps.filter((gap) => gap * scale <= limits.longestWait);
    const cut = gaps.filter((gap) => gap * scale > limits.longestWait);
    return cut.length === 0 || Math.min(...cut) >= CUT_RATIO * Math.max(0, ...kept);
  };
  return SCALES.find((scale) => fits(scale) && separated(scale)) ?? SCALES.find(fits) ?? SCALES[SCALES.length - 1]!;
}

/**
 * Lays events out down the page from `top`: the distance between two events is their time apart at one scale for
 * the whole diagram, or more where their labels need the room; a wait that would be taller than `longestWait` is
 * drawn `breakHeight` tall instead and reported as a break.
 */
export function timeAxis(times: readonly number[], extents: readonly Extent[], top: number, limits: AxisLimits = LIMITS): TimeAxis {
  const gaps = times.slice(1).map((t, i) => Math.max(0, t - times[i]!));
  const pxPerMs = chooseScale(gaps, limits);
  const ys: number[] = [];
  const breaks: TimeBreak[] = [];
  let y = top + (extents[0]?.above ?? 0);
  times.forEach((_, i) => {
    if (i > 0) {
      const room = extents[i - 1]!.below + extents[i]!.above;
      const gap = gaps[i - 1]!;
      if (gap * pxPerMs > limits.longestWait) {
        const start = y + extents[i - 1]!.below;
        breaks.push({ top: start, height: limits.breakHeight, ms: gap });
        y = start + limits.breakHeight + extents[i]!.above;
      } else y += Math.max(room, gap * pxPerMs);
    }
    ys.push(Math.round(y * 10) / 10);
  });
  const last = extents[extents.length - 1];
  return { ys, pxPerMs, breaks, bottom: (ys[ys.length - 1] ?? top) + (last?.below ?? 0) };
}

/** A duration for the scale bar: a round number of ms that is 40 to 120 px long at `pxPerMs`. */
export function scaleBarMs(pxPerMs: number): number {
  const candidates = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];
  return candidates.find((ms) => ms * pxPerMs >= 40) ?? candidates[candidates.length - 1]!;
}
