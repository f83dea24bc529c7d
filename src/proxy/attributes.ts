// Toxic attribute schemas and their validation: unknown names and wrong types are 400s, as are values that would
// crash or hang Toxiproxy; negatives Toxiproxy treats as 0 are stored as 0.
import { SocklabError } from '../errors/socklab-error.js';
import { fieldFor, goQuote, toxicStructName, unmarshalError } from './go-json.js';
import type { Attributes, Toxic } from './toxic.js';

function bad(attribute: string, reason: string): SocklabError {
  return new SocklabError('SOCKLAB_PROXY_INVALID_ATTRIBUTE', { attribute, reason });
}

/** The attribute values sent, keyed by their schema names (Go matches keys ignoring case); null means "not sent". */
function given(toxic: Toxic, input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw unmarshalError(input, `toxics.${toxicStructName(toxic.type)}`, '.attributes');
  const names = toxic.attributes.map((a) => a.name);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const name = fieldFor(key, names);
    if (name === undefined) {
      throw bad(goQuote(key), names.length === 0 ? `is unknown: ${toxic.type} takes no attributes` : `is unknown to ${toxic.type}, which takes ${names.join(', ')}`);
    }
    if (value !== null) out[name] = value;
  }
  return out;
}

/** Merge `input` over `base` (defaults or the current values) and validate every attribute of the toxic. */
export function resolveAttributes(toxic: Toxic, base: Attributes | undefined, input: unknown): Attributes {
  const sent = given(toxic, input);
  const out: Record<string, number> = {};
  for (const spec of toxic.attributes) {
    const raw = spec.name in sent ? sent[spec.name] : (base?.[spec.name] ?? spec.default);
    const goType = spec.integer === true ? 'int64' : 'float64';
    const ok = spec.integer === true ? Number.isSafeInteger(raw) : typeof raw === 'number' && Number.isFinite(raw);
    if (!ok) throw unmarshalError(raw, goType, `${toxicStructName(toxic.type)}.attributes.${spec.name}`);
    const value = spec.negativeAsZero === true ? Math.max(0, raw as number) : (raw as number);
    if (spec.exclusive === true ? value <= spec.min : value < spec.min) {
      throw bad(spec.name, `must be ${spec.exclusive === true ? 'greater than' : 'at least'} ${spec.min} ${spec.unit}`.trimEnd());
    }
    out[spec.name] = value;
  }
  const problem = toxic.check?.(out);
  if (problem !== undefined) throw bad(problem[0], problem[1]);
  return out;
}
