// Renders one proxy event as one log line for `socklab proxy`.
import type { ProxyEvent } from '../events.js';
import { terminalSafe } from '../../shared/terminal-safe.js';

/**
 * One line (no newline) for an event; `paint` colours the tag. Proxy and toxic names come from API clients, so every
 * text field is shown through the sanitizer: a `\n` cannot forge a log line, nor an ESC sequence drive the terminal.
 */
export function renderEventLine(e: ProxyEvent, paint: (tag: string) => string = (t) => t): string {
  const time = new Date().toISOString().slice(11, 23);
  const proxy = terminalSafe(e.proxy);
  switch (e.kind) {
    case 'connection':
      return `${time} ${paint('open ')} ${proxy}#${e.id} from ${terminalSafe(e.client)}`;
    case 'fired':
      return `${time} ${paint('toxic')} ${proxy}#${e.id} ${terminalSafe(e.toxic)}: ${terminalSafe(e.what)}`;
    case 'closed':
      return `${time} ${paint('close')} ${proxy}#${e.id} ${terminalSafe(e.reason)} (up ${e.info.bytes_upstream} B, down ${e.info.bytes_downstream} B, ${e.info.age_ms} ms)`;
    case 'refusing':
      return `${time} ${paint('refuse')} ${proxy} ${e.refusing ? 'refusing new connections' : 'accepting again'}`;
    case 'notice':
      return `${time} ${paint('note ')} ${proxy}: ${terminalSafe(e.text)}`;
  }
}
