// Phrase-level fallbacks in any wording and ecosystem: closed by the peer, timed out, refused, unreachable, reset.
import { definePatternTable } from '../pattern.js';
import { kernelPhrases } from './generic/kernel-phrases.js';
import { lookAlikes } from './generic/look-alikes.js';
import { peerClosed } from './generic/peer-closed.js';
import { resolution } from './generic/resolution.js';
import { resourceLimits } from './generic/resource-limits.js';
import { timers } from './generic/timers.js';
import { tls } from './generic/tls.js';

// These run last and give way to any specific pattern that overlaps them. Each phrase needs the words that make it
// a network failure (a connection, a peer, a request), so that `read_timeout = 30` or "password reset" stay quiet.
// The rows live in generic/, one file per kind; this order is the order they are tried in.

/** Fallbacks that give a line from a library nobody listed the right kind. */
export const generic = definePatternTable('generic', [
  ...resourceLimits, ...resolution, ...peerClosed, ...timers, ...tls, ...kernelPhrases, ...lookAlikes,
], { origin: { by: 'the program' } });
