// Reading toxic bodies (POST /proxies/{p}/toxics and updates) with Toxiproxy's types, defaults and check order.
import { SocklabError } from '../errors/socklab-error.js';
import { resolveAttributes } from './attributes.js';
import { readFields, toxicStructName, type GoStruct } from './go-json.js';
import { checkName } from './name.js';
import type { Attributes, Stream, Toxic } from './toxic.js';
import { toxicByType } from './toxics/index.js';

/** A toxic to install, checked. */
export interface ToxicInput {
  readonly name: string;
  readonly toxic: Toxic;
  readonly stream: Stream;
  readonly toxicity: number;
  readonly attributes: Attributes;
}

/** A toxic's new toxicity and attributes (unsent ones keep their current value). */
export interface ToxicChanges {
  readonly toxicity: number;
  readonly attributes: Attributes;
}

// Toxiproxy decodes a new toxic's attributes into its no-op toxic first, hence the struct type in that error.
const WRAPPER: GoStruct = {
  name: 'ToxicWrapper', type: 'toxics.ToxicWrapper',
  fields: { attributes: 'toxics.NoopToxic', name: 'string', type: 'string', stream: 'string', toxicity: 'float32' },
};

const updateStruct = (toxic: Toxic): GoStruct => ({
  name: '', type: 'struct { Attributes interface {} "json:\\"attributes\\""; Toxicity float32 "json:\\"toxicity\\"" }',
  fields: { attributes: `toxics.${toxicStructName(toxic.type)}`, toxicity: 'float32' },
});

function checkToxicity(value: number): number {
  // Toxiproxy takes any float; outside [0, 1] it silently means always or never.
  if (!(value >= 0 && value <= 1)) throw new SocklabError('SOCKLAB_PROXY_INVALID_ATTRIBUTE', { attribute: 'toxicity', reason: 'must be a number from 0 to 1' });
  return value;
}

/**
 * A new toxic from its body, checked in Toxiproxy's order: types, stream, name (default `<type>_<stream>` with the
 * stream as sent, so `UPSTREAM` gives `latency_UPSTREAM`), type, `taken` (409), then toxicity and attributes.
 */
export function parseToxicAdd(body: unknown, taken: (name: string) => boolean): ToxicInput {
  const f = readFields(body, WRAPPER);
  const streamText = (f.stream as string | undefined) ?? 'downstream';
  const stream = streamText.toLowerCase();
  if (stream !== 'upstream' && stream !== 'downstream') throw new SocklabError('SOCKLAB_PROXY_INVALID_STREAM');
  const name = (f.name as string | undefined) || `${(f.type as string | undefined) ?? ''}_${streamText}`;
  const toxic = toxicByType(f.type);
  checkName(name, 'toxic name');
  if (taken(name)) throw new SocklabError('SOCKLAB_PROXY_TOXIC_ALREADY_EXISTS', { name });
  return {
    name, toxic, stream,
    toxicity: checkToxicity((f.toxicity as number | undefined) ?? 1),
    attributes: resolveAttributes(toxic, undefined, f.attributes),
  };
}

/** An update body: only the toxicity and attributes sent change; null leaves a value as it is (Toxiproxy's rule). */
export function parseToxicUpdate(body: unknown, toxic: Toxic, current: ToxicChanges): ToxicChanges {
  const f = readFields(body, updateStruct(toxic));
  return {
    toxicity: checkToxicity((f.toxicity as number | undefined) ?? current.toxicity),
    attributes: resolveAttributes(toxic, current.attributes, f.attributes),
  };
}
