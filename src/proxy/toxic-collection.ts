// A proxy's toxics: parsing and validating API bodies, unique names across both streams, add/update/remove.
import { SocklabError } from '../errors/socklab-error.js';
import { resolveAttributes } from './attributes.js';
import type { Attributes, Stream, Toxic } from './toxic.js';
import { toxicByType } from './toxics/index.js';

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

function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: 'expected a JSON object' });
  }
  return body as Record<string, unknown>;
}

function toxicity(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new SocklabError('SOCKLAB_PROXY_INVALID_ATTRIBUTE', { attribute: 'toxicity', reason: 'must be a number from 0 to 1' });
  }
  return value;
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
    const b = asObject(body);
    const rawStream = b.stream === undefined ? 'downstream' : String(b.stream).toLowerCase();
    if (rawStream !== 'upstream' && rawStream !== 'downstream') throw new SocklabError('SOCKLAB_PROXY_INVALID_STREAM');
    const stream: Stream = rawStream;
    const name = typeof b.name === 'string' && b.name !== '' ? b.name : `${String(b.type)}_${stream}`;
    const toxic = toxicByType(b.type);
    if (this.list.some((x) => x.name === name)) throw new SocklabError('SOCKLAB_PROXY_TOXIC_ALREADY_EXISTS', { name });
    const record: ToxicRecord = {
      name, type: toxic.type, stream, toxic,
      toxicity: toxicity(b.toxicity, 1),
      attributes: resolveAttributes(toxic, undefined, b.attributes),
    };
    this.list.push(record);
    this.onChange('add', record);
    return record;
  }

  /** Partial update: only the attributes and toxicity sent change. */
  update(name: string, body: unknown): ToxicRecord {
    const record = this.get(name);
    const b = asObject(body);
    const attributes = resolveAttributes(record.toxic, record.attributes, b.attributes);
    record.toxicity = toxicity(b.toxicity, record.toxicity);
    record.attributes = attributes;
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
