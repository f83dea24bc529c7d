// The stylesheet of the report page: layout, tables, filters, the errno dialog, the tooltip, and print.

/** CSS every report page gets; a part adds its own for what only it draws. */
export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
main, .page-head { max-width: 1240px; margin: 0 auto; padding: 0 20px; }
.page-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 20px; padding-top: 16px; border-bottom: 1px solid var(--line); }
.page-head h1 { font-size: 1.5rem; margin: 0; }
.page-head p { margin: 0; color: var(--muted); flex: 1 1 300px; }
.controls { margin-left: auto; }
nav.contents { font-size: 0.9rem; padding: 6px 0 10px; width: 100%; }
nav.contents ol { display: inline; margin: 0; padding: 0; list-style: none; }
nav.contents li { display: inline; }
nav.contents li + li::before { content: " · "; color: var(--muted); }
nav.contents .part { font-weight: 600; margin-right: 6px; }
a { color: var(--accent); }
code, pre, .mono { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
section.report-section { padding: 8px 0 24px; border-bottom: 1px solid var(--line); }
section.report-section > h2 { margin: 16px 0 8px; font-size: 1.25rem; }
button { font: inherit; color: inherit; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 3px 10px; cursor: pointer; }
button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: var(--bg); }
button:focus-visible, [tabindex]:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--line); white-space: nowrap; }
tr[hidden] { display: none; }
.filters { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.filters .status { color: var(--muted); margin-left: 8px; }
.errno { color: var(--err); font-weight: 700; font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 0.92em; }
button.errno { background: none; border: none; padding: 0; text-decoration: underline dotted; }
figure { margin: 12px 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 0.9rem; }
details { margin: 8px 0; }
summary { cursor: pointer; color: var(--accent); }
dialog#errno-dialog { max-width: min(760px, 94vw); max-height: 86vh; overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; padding: 0 20px 16px; }
dialog#errno-dialog::backdrop { background: rgb(0 0 0 / 0.45); }
dialog#errno-dialog .dialog-bar { position: sticky; top: 0; background: var(--bg); display: flex; justify-content: flex-end; padding-top: 12px; }
.errno-card h3 { margin-top: 0; }
.errno-card h4 { margin: 12px 0 4px; }
.errno-card dt { font-weight: 600; }
.errno-card dd { margin: 0 0 6px 16px; }
.errno-card table.numbers { width: auto; }
#tooltip { position: fixed; z-index: 10; max-width: 560px; pointer-events: none; background: var(--panel); color: var(--fg); border: 1px solid var(--line);
  border-radius: 6px; padding: 6px 10px; font: 12px/1.45 "DejaVu Sans Mono", ui-monospace, monospace; white-space: pre-wrap; box-shadow: 0 4px 14px rgb(0 0 0 / 0.25); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  body { font-size: 11pt; }
  .controls, .filters, nav.contents, dialog, #tooltip, summary { display: none !important; }
  main, .page-head { max-width: none; padding: 0; }
  section.report-section { break-before: page; border: none; }
  section.report-section:first-of-type { break-before: auto; }
  figure, tr { break-inside: avoid; }
  tr[hidden] { display: table-row; }
  a { color: inherit; text-decoration: none; }
}
`;
