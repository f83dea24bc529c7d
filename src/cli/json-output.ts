// How --json prints: one indented document for a single result, one compact line per record for a stream.

/** A single result as indented JSON and a newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One record of a stream (doctor --watch, proxy, scan --follow) as one line of JSON. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
