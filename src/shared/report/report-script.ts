// The report page's script, inlined: theme toggle, errno cards, rich tooltips, table filters, and print expansion.
// The page works without it: native tooltips, every row shown, the system's theme.

/** The script every report page runs; it only reads the page and needs no network. */
export const REPORT_SCRIPT = `
(() => {
  'use strict';
  const root = document.documentElement;

  // Theme: the system's until the reader picks one; the pick is remembered where the browser allows storage.
  const toggle = document.getElementById('theme-toggle');
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const stored = () => { try { return localStorage.getItem('socklab-theme'); } catch { return null; } };
  const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const showTheme = () => {
    toggle.setAttribute('aria-pressed', String(isDark()));
    toggle.textContent = isDark() ? 'Dark theme: on' : 'Dark theme: off';
  };
  if (stored() === 'dark' || stored() === 'light') root.dataset.theme = stored();
  toggle.addEventListener('click', () => {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try { localStorage.setItem('socklab-theme', root.dataset.theme); } catch { /* file:// may refuse storage */ }
    showTheme();
  });
  systemDark.addEventListener('change', showTheme);
  showTheme();

  // Errno names open their catalog entry, embedded in the page as templates.
  const dialog = document.getElementById('errno-dialog');
  const card = dialog.querySelector('.dialog-body');
  const openErrno = (target) => {
    const source = target.closest('[data-errno]');
    const template = source && document.getElementById('errno-card-' + source.dataset.errno);
    if (!template) return false;
    card.replaceChildren(template.content.cloneNode(true));
    dialog.showModal();
    return true;
  };
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && !event.target.closest('dialog') && openErrno(event.target)) event.preventDefault();
  });
  dialog.querySelector('.close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });

  // Rich tooltips: an element marked data-tip shows its <title> in a panel on hover and on focus.
  const tip = document.getElementById('tooltip');
  const place = (x, y) => {
    const box = tip.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - box.width - 8)) + 'px';
    tip.style.top = Math.max(4, Math.min(y + 16, window.innerHeight - box.height - 8)) + 'px';
  };
  for (const element of document.querySelectorAll('[data-tip]')) {
    const title = element.querySelector(':scope > title');
    if (!title) continue;
    element.dataset.details = title.textContent;
    title.remove();
    const show = (x, y) => { tip.textContent = element.dataset.details; tip.hidden = false; element.classList.add('active'); place(x, y); };
    const hide = () => { tip.hidden = true; element.classList.remove('active'); };
    element.addEventListener('mouseenter', (e) => show(e.clientX, e.clientY));
    element.addEventListener('mousemove', (e) => place(e.clientX, e.clientY));
    element.addEventListener('mouseleave', hide);
    element.addEventListener('focus', () => { const r = element.getBoundingClientRect(); show(r.left, r.top + r.height / 2); });
    element.addEventListener('blur', hide);
  }

  // Filters: buttons name a table and a value; its rows carry data-filter-value.
  for (const group of document.querySelectorAll('.filters[data-filter-target]')) {
    const table = document.getElementById(group.dataset.filterTarget);
    const rows = [...table.querySelectorAll('tbody tr[data-filter-value]')];
    const status = group.querySelector('.status');
    for (const button of group.querySelectorAll('button[data-filter]')) {
      button.addEventListener('click', () => {
        const value = button.dataset.filter;
        for (const other of group.querySelectorAll('button[data-filter]')) other.setAttribute('aria-pressed', String(other === button));
        for (const row of rows) row.hidden = value !== 'all' && !row.dataset.filterValue.split(' ').includes(value);
        status.textContent = 'Showing ' + rows.filter((r) => !r.hidden).length + ' of ' + rows.length;
      });
    }
  }

  // Printing shows everything: closed details open for the print and close again after.
  const opened = [];
  window.addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details:not([open])')) { d.open = true; opened.push(d); }
  });
  window.addEventListener('afterprint', () => { for (const d of opened.splice(0)) d.open = false; });
})();
`;
