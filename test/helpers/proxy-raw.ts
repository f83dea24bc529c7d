// Raw-syscall clients for proxy tests: exact errnos on exact calls (read, write), via src/sys's RawSocket.
import { RawSocket } from '../../src/sys/raw-socket.js';

/** A connected RawSocket to 127.0.0.1:port. */
export async function rawDial(port: number): Promise<RawSocket> {
  const s = RawSocket.tcp(4);
  s.connect('127.0.0.1', port);
  const r = await s.connected(2000);
  if (!r.ok) {
    s.close();
    throw Object.assign(new Error(`connect ${r.code}`), { code: r.code });
  }
  return s;
}

/** Read until EOF or an error: the bytes and how it ended ('EOF', an errno name, or 'TIMEOUT'). */
export async function rawReadAll(s: RawSocket, timeoutMs = 3000): Promise<{ data: Buffer; end: string }> {
  const parts: Buffer[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await s.readWait(Math.max(1, deadline - Date.now()));
    if (!r.ok) return { data: Buffer.concat(parts), end: r.code };
    if (r.value.length === 0) return { data: Buffer.concat(parts), end: 'EOF' };
    parts.push(r.value);
  }
}
