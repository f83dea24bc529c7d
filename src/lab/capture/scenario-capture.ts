// The packet capture of one scenario run: opened in each of its namespaces before it starts, decoded into its timeline after.
import type { NoteEvent, PacketEvent, PacketHost } from '../timeline.js';
import { openCapture, type CapturedFrame, type CaptureOptions, type CaptureResult, type PacketCapture } from './open-capture.js';
import { packetEvents } from './packet-events.js';

/** What a scenario's capture adds to its run. */
export interface ScenarioPackets {
  /** Whether every namespace was captured: `events` then holds every TCP and ICMP packet. */
  readonly captured: boolean;
  /** The packets, plus a note (at t 0) for each namespace that could not be captured and for dropped frames. */
  readonly events: readonly (PacketEvent | NoteEvent)[];
  /** The raw frames, for a pcapng file. */
  readonly frames: readonly CapturedFrame[];
}

/** A running scenario capture. */
export interface ScenarioCapture {
  /** Opens one more namespace's capture (a server booted again); a namespace that cannot be captured becomes a note. */
  add(options: CapturedNamespaces[number]): Promise<void>;
  /** Stops capturing namespace `name` now, so it can be destroyed; what it saw stays for finish(). */
  stop(name: string): Promise<void>;
  /** Stops every capture and decodes the packets with times relative to `startedAt` (the timeline's start). */
  finish(startedAt: number): Promise<ScenarioPackets>;
}

/** Where to capture: each namespace's name, and its path when it is not the calling thread's. */
export type CapturedNamespaces = readonly Pick<CaptureOptions, 'namespace' | 'netns'>[];

/**
 * Opens a capture in each namespace; never throws: a namespace that cannot be captured becomes a note saying why.
 * `hosts` maps addresses to the hosts the timeline draws.
 */
export async function startScenarioCapture(namespaces: CapturedNamespaces, hosts: ReadonlyMap<string, Exclude<PacketHost, 'network'>>): Promise<ScenarioCapture> {
  const problems: string[] = [];
  const running: { readonly name: string; readonly capture: PacketCapture }[] = [];
  const results: CaptureResult[] = [];
  const add = async (options: CapturedNamespaces[number]): Promise<void> => {
    const capture = await openCapture(options).catch((error: unknown) => {
      problems.push((error as Error).message);
      return undefined;
    });
    if (capture !== undefined) running.push({ name: options.namespace ?? 'netns', capture });
  };
  const stop = async (which: (name: string) => boolean): Promise<void> => {
    const stopping = running.filter((r) => which(r.name));
    running.splice(0, running.length, ...running.filter((r) => !which(r.name)));
    results.push(...await Promise.all(stopping.map((r) => r.capture.stop().catch((error: unknown) => {
      problems.push((error as Error).message);
      return { frames: [], dropped: 0 };
    }))));
  };
  await Promise.all(namespaces.map(add));
  return {
    add,
    stop: (name) => stop((n) => n === name),
    async finish(startedAt: number): Promise<ScenarioPackets> {
      await stop(() => true);
      const frames = results.flatMap((r) => r.frames).sort((a, b) => a.t - b.t);
      const dropped = results.reduce((sum, r) => sum + r.dropped, 0);
      if (dropped > 0) problems.push(`the capture fell behind and the kernel dropped ${dropped} frames`);
      const notes: NoteEvent[] = problems.map((text) => ({ kind: 'note', t: 0, text: `packets: ${text}` }));
      return { captured: namespaces.length > 0 && problems.length === 0, events: [...packetEvents(frames, { hosts, startedAt }), ...notes], frames };
    },
  };
}
