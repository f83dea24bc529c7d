// How --json prints: one indented document for a single result, one compact line per record for a stream.

// JSON.stringify escapes C0 controls but not C1 (U+0080-U+009F) or bidirectional overrides; a terminal showing the
// JSON could obey them, so they are written as \u escapes too (the same JSON value).
const RAW_IN_JSON = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const json = (text: string): string => text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A single result as indented JSON and a newline. */
export function jsonText(value: unknown): string {
  return `${json(JSON.stringify(value, null, 2))}\n`;
}

/** One record of a stream (doctor --watch, proxy, scan --follow) as one line of JSON. */
export function jsonLine(value: unknown): string {
  return `${json(JSON.stringify(value))}\n`;
}
