// Renders a ProbeResult as the step-by-step text `socklab probe` prints.
import { paint, type Paint } from '../../shared/paint.js';
import { fitText } from '../../shared/wrap-text.js';
import type { ProbeResult, StepError } from '../probe-result.js';

function err(e: StepError, c: Paint): string {
  // A probe timeout is not the kernel's ETIMEDOUT: say what happened, not the catalog's account of the kernel timer.
  const why = e.source === 'probe-timeout' || e.errno.summary === null ? e.message : e.errno.summary;
  return `${c.red(e.code)} ${why} (${e.errno.see})`;
}

/** The text view of a probe; `color` turns ANSI colours on; `width`, when given, is the columns to fit. */
export function renderProbeText(r: ProbeResult, color: boolean, width?: number): string {
  const c = paint(color);
  const out = [c.bold(`socklab probe ${r.host}:${r.port}  (timeout ${r.timeoutMs} ms)`)];
  const res = r.resolve;
  if (res.error !== null) out.push(`  resolve   ${r.host}: ${err(res.error, c)} (${res.ms} ms)`);
  else out.push(`  resolve   ${r.host} -> ${res.addresses.map((a) => a.address).join(', ')}${res.lookedUp ? ` (${res.ms} ms)` : ' (IP address, no lookup)'}`);
  for (const a of r.connects) {
    const head = `  connect   ${a.address.padEnd(16)}`;
    out.push(a.connected ? `${head}${c.green('connected')} in ${a.ms} ms (local ${a.local ?? '?'})` : `${head}${a.error === null ? 'failed' : err(a.error, c)} after ${a.ms} ms`);
  }
  const x = r.exchange;
  if (x !== null) {
    const expect = x.expect === null ? '' : `, expected "${x.expect}": ${x.matched === true ? c.green('found') : c.red('not found')}`;
    out.push(`  exchange  sent ${x.sentBytes} bytes, received ${x.receivedBytes} bytes in ${x.ms} ms${x.peerClosed ? ', then the peer closed' : ''}${expect}`);
    if (x.received !== '') out.push(c.dim(`            ${JSON.stringify(x.received.slice(0, 200))}`));
    if (x.error !== null) out.push(`            ${err(x.error, c)}`);
  }
  const a = r.afterConnect;
  if (a !== null) {
    const what = a.error !== null ? err(a.error, c) : a.peerClosed ? c.red('the server closed the connection (FIN)') : a.receivedBytes > 0 ? `the server sent ${a.receivedBytes} bytes` : 'nothing, the connection stayed open';
    out.push(`  settle    watched ${a.ms} ms with nothing sent: ${what}`);
    if (a.received !== '') out.push(c.dim(`            ${JSON.stringify(a.received.slice(0, 200))}`));
  }
  const t = r.tcpInfo;
  if (t !== null) {
    out.push(`  tcp_info  ${t.state}, rtt ${t.rttUs ?? '?'} us (var ${t.rttvarUs ?? '?'}), rto ${t.rtoUs === null ? '?' : t.rtoUs / 1000} ms, retransmits ${t.retransmits ?? '?'} (total ${t.totalRetrans ?? '?'}), cwnd ${t.sndCwnd ?? '?'}, pmtu ${t.pmtu ?? '?'}`);
  }
  const v = r.verdict;
  out.push(`  verdict   ${v.ok ? c.green('OK') : c.red(v.code.toUpperCase())}: ${v.summary}`);
  if (v.errno?.remedy) out.push(`            remedy: ${v.errno.remedy}`);
  return `${width === undefined ? out.join('\n') : fitText(out.join('\n'), width)}\n`;
}
