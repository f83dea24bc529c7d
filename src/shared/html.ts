// Markup built by a tagged template that escapes every value it interpolates, for the HTML report and its SVG.

/** Markup that is already safe to insert: the only thing `html` interpolates without escaping. */
export class SafeHtml {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  toString(): string {
    return this.text;
  }
}

/** A value `html` accepts: text and numbers are escaped, SafeHtml is kept, arrays are joined, nothing renders empty. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for element content and quoted attribute values, in HTML and in SVG. */
export function escapeHtml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML (SVG), so they become U+FFFD.
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Builds markup: `html\`<p title="${title}">${text}</p>\`` escapes `title` and `text` unless they are SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]!) : ''), ''));
}

/** Trusted markup written by socklab itself (a stylesheet, a script): never pass it text from a run. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

