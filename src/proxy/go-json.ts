// Go's encoding/json rules for API bodies, so wrong types are refused with the message Toxiproxy gives (keys match
// ignoring case, null leaves a field as it was, unknown fields are ignored unless strict).
import { SocklabError } from '../errors/socklab-error.js';

/** A Go field type as Toxiproxy declares it; any other name (`toxics.NoopToxic`) is a struct, i.e. a JSON object. */
export type GoType = 'string' | 'bool' | 'float32' | 'float64' | 'int' | 'int64' | `toxics.${string}`;

/** A Go struct a body is decoded into: its name in field errors, its type in whole-value errors, its fields. */
export interface GoStruct {
  /** As Go prints it before a field name: `Proxy` in `Proxy.enabled`; empty for an anonymous struct. */
  readonly name: string;
  /** As Go prints the type when the whole value does not fit (`toxiproxy.Proxy`). */
  readonly type: string;
  readonly fields: Readonly<Record<string, GoType>>;
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

function fits(value: unknown, type: GoType): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'bool': return typeof value === 'boolean';
    case 'float32':
    case 'float64': return typeof value === 'number' && Number.isFinite(value);
    case 'int':
    case 'int64': return Number.isSafeInteger(value);
    default: return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** "bad request body: json: cannot unmarshal <kind> into Go struct field <where> of type <type>" (or "Go value"). */
export function unmarshalError(value: unknown, type: string, where?: string): SocklabError {
  // Go names the number itself when the kind is right but the value is not (1.5 or 1e30 for an int64).
  const what = typeof value === 'number' && (type.startsWith('int') || type.startsWith('float')) ? `number ${value}` : kind(value);
  const into = where === undefined ? `Go value of type ${type}` : `Go struct field ${where} of type ${type}`;
  return new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: `json: cannot unmarshal ${what} into ${into}` });
}

/** Text in double quotes with every control character escaped (C1 too, which JSON.stringify leaves), as Go's %q does. */
export function goQuote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The field `key` stands for: an exact match first, else one that differs only in case (as Go matches keys). */
export function fieldFor(key: string, fields: readonly string[]): string | undefined {
  return fields.includes(key) ? key : fields.find((f) => f.toLowerCase() === key.toLowerCase());
}

/**
 * The fields of `body` decoded as Go would into `struct`: only those present and not null, each of the right type.
 * Unknown keys are ignored, as by Toxiproxy; `strict` refuses them (config files, where a typo must not pass).
 */
export function readFields(body: unknown, struct: GoStruct, strict = false): Record<string, unknown> {
  if (body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw unmarshalError(body, struct.type);
  const names = Object.keys(struct.fields);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const field = fieldFor(key, names);
    if (field === undefined) {
      if (strict) throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: `json: unknown field ${goQuote(key)}` });
      continue;
    }
    if (value === null) continue;
    const type = struct.fields[field]!;
    if (!fits(value, type)) throw unmarshalError(value, type, `${struct.name}.${field}`);
    out[field] = value;
  }
  return out;
}

/** The Go struct of a toxic type: Toxiproxy's names are the type in PascalCase plus Toxic, except reset_peer's. */
export function toxicStructName(type: string): string {
  if (type === 'reset_peer') return 'ResetToxic';
  return `${type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}Toxic`;
}
