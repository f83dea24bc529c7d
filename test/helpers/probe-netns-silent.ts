// Inside a throwaway netns: a host whose SYNs vanish, probed twice: to the kernel's ETIMEDOUT (tcp_syn_retries=1) and to probe's own timeout.
import { probe } from '../../src/doctor/probe.js';
import { SILENT_HOST, addSilentHost, loopbackUp, setNetnsSysctl, silenceHost } from './netns.js';

const SILENT_PORT = 7010;
loopbackUp();
addSilentHost();
silenceHost();
// One SYN retry: the kernel gives up after 1 s + 2 s instead of about 127 s.
setNetnsSysctl('net/ipv4/tcp_syn_retries', '1');
const [kernel, deadline] = await Promise.all([
  probe(SILENT_HOST, SILENT_PORT, { timeoutMs: 10000 }),
  probe(SILENT_HOST, SILENT_PORT, { timeoutMs: 400 }),
]);
console.log(JSON.stringify({ kernel, deadline }));
