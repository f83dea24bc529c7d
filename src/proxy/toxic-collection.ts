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

/** Told about each change; live connections follow at once, and the promise resolves once the change is in force. */
export type ToxicChange = (kind: 'add' | 'update' | 'remove', toxic: ToxicRecord) => Promise<void>;

/** The toxics of one proxy. Each call changes the list at once; its promise resolves once the change is in force. */
export class ToxicCollection {
  private readonly byName = new Map<string, ToxicRecord>();

  constructor(private readonly onChange: ToxicChange) {}

  /** All toxics, upstream first, then downstream, each in the order added (Toxiproxy's listing order). */
  all(): ToxicRecord[] {
    const list = [...this.byName.values()];
    return [...list.filter((t) => t.stream === 'upstream'), ...list.filter((t) => t.stream === 'downstream')];
  }

  /** True while this very record is installed. */
  has(record: ToxicRecord): boolean {
    return this.byName.get(record.name) === record;
  }

  /** One toxic by name, or SOCKLAB_PROXY_TOXIC_NOT_FOUND. */
  get(name: string): ToxicRecord {
    const t = this.byName.get(name);
    if (t === undefined) throw new SocklabError('SOCKLAB_PROXY_TOXIC_NOT_FOUND', { name });
    return t;
  }

  /** Add a toxic from an API body (defaults: stream downstream, toxicity 1, name `<type>_<stream>`). */
  async add(body: unknown): Promise<ToxicRecord> {
    const input = parseToxicAdd(body, (name) => this.byName.has(name));
    const record: ToxicRecord = { ...input, type: input.toxic.type };
    this.byName.set(record.name, record);
    await this.onChange('add', record);
    return record;
  }

  /** Partial update: only the attributes and toxicity sent change. */
  async update(name: string, body: unknown): Promise<ToxicRecord> {
    const record = this.get(name);
    Object.assign(record, parseToxicUpdate(body, record.toxic, record));
    await this.onChange('update', record);
    return record;
  }

  /** Remove one toxic; in-flight data held by it moves on at once. */
  async remove(name: string): Promise<void> {
    const record = this.get(name);
    this.byName.delete(name);
    await this.onChange('remove', record);
  }

  /** Remove every toxic. */
  async clear(): Promise<void> {
    const all = [...this.byName.values()];
    this.byName.clear();
    await Promise.all(all.map((t) => this.onChange('remove', t)));
  }
}
