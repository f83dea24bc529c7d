// Renders one proxy event as one log line for `socklab proxy`.
import type { ProxyEvent } from '../events.js';
import { safeOutput } from '../../shared/terminal-safe.js';

/** One line (no newline) for an event; `paint` colours the tag. */
export function renderEventLine(e: ProxyEvent, paint: (tag: string) => string = (t) => t): string {
  return safeOutput(eventText(e, paint));
}

function eventText(e: ProxyEvent, paint: (tag: string) => string): string {
  const time = new Date().toISOString().slice(11, 23);
  switch (e.kind) {
    case 'connection':
      return `${time} ${paint('open ')} ${e.proxy}#${e.id} from ${e.client}`;
    case 'fired':
      return `${time} ${paint('toxic')} ${e.proxy}#${e.id} ${e.toxic}: ${e.what}`;
    case 'closed':
      return `${time} ${paint('close')} ${e.proxy}#${e.id} ${e.reason} (up ${e.info.bytes_upstream} B, down ${e.info.bytes_downstream} B, ${e.info.age_ms} ms)`;
    case 'refusing':
      return `${time} ${paint('refuse')} ${e.proxy} ${e.refusing ? 'refusing new connections' : 'accepting again'}`;
  }
}
