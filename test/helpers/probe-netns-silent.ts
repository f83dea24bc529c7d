// Inside a throwaway netns: a port whose SYNs are dropped, probed twice: to the kernel's ETIMEDOUT (tcp_syn_retries=1) and to probe's own timeout.
import { probe } from '../../src/doctor/probe.js';
import { dropTcpTo, loopbackUp, setNetnsSysctl } from './netns.js';

const SILENT_PORT = 7010;
loopbackUp();
dropTcpTo(SILENT_PORT);
// One SYN retry: the kernel gives up after 1 s + 2 s instead of about 127 s.
setNetnsSysctl('net/ipv4/tcp_syn_retries', '1');
const [kernel, deadline] = await Promise.all([
  probe('127.0.0.1', SILENT_PORT, { timeoutMs: 10000 }),
  probe('127.0.0.1', SILENT_PORT, { timeoutMs: 400 }),
]);
console.log(JSON.stringify({ kernel, deadline }));
