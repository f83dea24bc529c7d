// Request ids for the X-Toxiproxy-Request-Id header, in the shape Toxiproxy's ids have (20 characters of base32hex).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuv';
const processPart = randomBytes(5);
let counter = randomBytes(3).readUIntBE(0, 3);

/** A new id: 4 bytes of seconds, 5 random bytes fixed per process, a 3-byte counter; sortable by time. */
export function newRequestId(): string {
  const raw = Buffer.alloc(12);
  raw.writeUInt32BE(Math.floor(Date.now() / 1000) >>> 0, 0);
  processPart.copy(raw, 4);
  counter = (counter + 1) % 0x1000000;
  raw.writeUIntBE(counter, 9, 3);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of raw) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return bits > 0 ? out + ALPHABET[(value << (5 - bits)) & 31] : out;
}
