// The report's colours as CSS custom properties: a light and a dark theme, chosen by the reader's system or a toggle.

const LIGHT = `--bg: #ffffff; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #0a58ca;
  --err: #c0262d; --warn: #9a5b00; --ok: #1a7f37; --syn: #0a58ca; --icmp: #b3261e; --note: #fff8c5; --note-line: #d4a72c;
  --state: #ddf4ff; --state-line: #54aeff; --lane: #8c959f; color-scheme: light;`;

const DARK = `--bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
  --err: #ff7b72; --warn: #e3b341; --ok: #3fb950; --syn: #79c0ff; --icmp: #ffa198; --note: #2e2a16; --note-line: #9e6a03;
  --state: #0c2d48; --state-line: #1f6feb; --lane: #6e7681; color-scheme: dark;`;

/**
 * The palette for `selector` (`:root` in the page, `svg` in a standalone diagram): light by default, dark when the
 * system prefers it, and `data-theme="light"|"dark"` on the element overrides both. Print is always light.
 */
export function paletteCss(selector: string): string {
  return `${selector} { ${LIGHT} }
@media (prefers-color-scheme: dark) { ${selector}:not([data-theme="light"]) { ${DARK} } }
${selector}[data-theme="dark"] { ${DARK} }
@media print { ${selector}, ${selector}[data-theme="dark"], ${selector}:not([data-theme="light"]) { ${LIGHT} } }
`;
}
