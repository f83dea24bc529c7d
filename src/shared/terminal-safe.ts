// One sanitizer for everything printed: text from logs, /proc, peers and API clients never drives the terminal.

// C0 controls, DEL, C1 controls (U+0080-U+009F, which some terminals obey as 8-bit escapes), and the bidirectional
// overrides that can make text read other than it is.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Our own colours, SGR sequences only (ESC [ digits ; m), kept by safeOutput; any other control is escaped.
// eslint-disable-next-line no-control-regex
const SGR_OR_UNSAFE = /\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * `text` with every control character shown as an escape (`\x1b`, `\x9b`, `\u202e`), so an ESC sequence in a log line,
 * a process name or a proxy name prints as harmless text; newlines and tabs too, as one field is one line. A value
 * that is not a string is shown as text first: a field from another server may not have the type its JSON claims.
 */
export function terminalSafe(text: unknown): string {
  return String(text).replace(UNSAFE_IN_LINE, escaped);
}

/** A whole rendered text made safe: newlines, tabs and our own SGR colour sequences kept, every other control escaped. */
export function safeOutput(text: string): string {
  return text.replace(SGR_OR_UNSAFE, (match) => (match.length > 1 ? match : escaped(match)));
}
