// Toxic attribute schemas and their validation: a value that would crash or hang Toxiproxy is a 400 naming it.
import { SocklabError } from '../errors/socklab-error.js';
import type { Attributes, Toxic } from './toxic.js';

/** One numeric setting of a toxic. */
export interface AttributeSpec {
  readonly name: string;
  readonly unit: string;
  readonly default: number;
  /** Smallest allowed value (inclusive). */
  readonly min: number;
  /** True if the value must be strictly greater than min. */
  readonly exclusive?: boolean;
  readonly integer?: boolean;
  readonly summary: string;
}

function bad(attribute: string, reason: string): SocklabError {
  return new SocklabError('SOCKLAB_PROXY_INVALID_ATTRIBUTE', { attribute, reason });
}

/** Merge `input` over `base` (defaults or the current values) and validate every attribute of the toxic. */
export function resolveAttributes(toxic: Toxic, base: Attributes | undefined, input: unknown): Attributes {
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: 'attributes must be an object' });
  }
  const given = (input ?? {}) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const spec of toxic.attributes) {
    const raw = spec.name in given ? given[spec.name] : (base?.[spec.name] ?? spec.default);
    if (typeof raw !== 'number' || !Number.isFinite(raw)) throw bad(spec.name, 'must be a finite number');
    if (spec.integer === true && !Number.isInteger(raw)) throw bad(spec.name, 'must be an integer');
    if (spec.exclusive === true ? raw <= spec.min : raw < spec.min) {
      throw bad(spec.name, `must be ${spec.exclusive === true ? 'greater than' : 'at least'} ${spec.min} ${spec.unit}`.trimEnd());
    }
    out[spec.name] = raw;
  }
  const problem = toxic.check?.(out);
  if (problem !== undefined) throw bad(problem[0], problem[1]);
  return out;
}
