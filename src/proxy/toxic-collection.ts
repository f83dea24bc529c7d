// A proxy's toxics: unique names across both streams, add/update/remove (bodies are read by toxic-spec.ts).
import { SocklabError } from '../errors/socklab-error.js';
import type { Attributes, Stream, Toxic } from './toxic.js';
import { parseToxicAdd, parseToxicUpdate } from './toxic-spec.js';

/** One toxic installed on a proxy. Mutable: updates change live connections. */
export interface ToxicRecord {
  readonly name: string;
  readonly type: string;
  readonly stream: Stream;
  toxicity: number;
  attributes: Attributes;
  readonly toxic: Toxic;
}

/** The JSON shape of a toxic, in Toxiproxy's field order. */
export interface ToxicJson {
  readonly attributes: Attributes;
  readonly name: string;
  readonly type: string;
  readonly stream: Stream;
  readonly toxicity: number;
}

/** The toxic as the API prints it. */
export function toxicJson(t: ToxicRecord): ToxicJson {
  return { attributes: t.attributes, name: t.name, type: t.type, stream: t.stream, toxicity: t.toxicity };
}

/** Listener told about each change so live connections follow. */
export type ToxicChange = (kind: 'add' | 'update' | 'remove', toxic: ToxicRecord) => void;

/** The ordered toxics of one proxy. */
export class ToxicCollection {
  private list: ToxicRecord[] = [];

  constructor(private readonly onChange: ToxicChange) {}

  /** All toxics in the order they were added. */
  all(): readonly ToxicRecord[] {
    return this.list;
  }

  /** One toxic by name, or SOCKLAB_PROXY_TOXIC_NOT_FOUND. */
  get(name: string): ToxicRecord {
    const t = this.list.find((x) => x.name === name);
    if (t === undefined) throw new SocklabError('SOCKLAB_PROXY_TOXIC_NOT_FOUND', { name });
    return t;
  }

  /** Add a toxic from an API body (defaults: stream downstream, toxicity 1, name `<type>_<stream>`). */
  add(body: unknown): ToxicRecord {
    const input = parseToxicAdd(body, (name) => this.list.some((x) => x.name === name));
    const record: ToxicRecord = { ...input, type: input.toxic.type };
    this.list.push(record);
    this.onChange('add', record);
    return record;
  }

  /** Partial update: only the attributes and toxicity sent change. */
  update(name: string, body: unknown): ToxicRecord {
    const record = this.get(name);
    Object.assign(record, parseToxicUpdate(body, record.toxic, record));
    this.onChange('update', record);
    return record;
  }

  /** Remove one toxic; in-flight data held by it moves on at once. */
  remove(name: string): void {
    const record = this.get(name);
    this.list = this.list.filter((x) => x !== record);
    this.onChange('remove', record);
  }

  /** Remove every toxic. */
  clear(): void {
    for (const t of [...this.list]) this.remove(t.name);
  }
}
