// Checks the constant tables against this machine's kernel headers (skipped where the headers are not installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { IP_RECVERR, IPV6_RECVERR, SO, TCP } from '../../src/sys/linux-constants.js';

function defines(path: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of readFileSync(path, 'utf8').matchAll(/^#define\s+(\w+)\s+(0x[0-9a-f]+|\d+)\b/gim)) {
    out.set(m[1] ?? '', Number(m[2]));
  }
  return out;
}

const headers = ['/usr/include/asm-generic/socket.h', '/usr/include/linux/tcp.h', '/usr/include/linux/in.h', '/usr/include/linux/in6.h'];

test('SO_*, TCP_* and *_RECVERR match the installed Linux headers', { skip: !headers.every((h) => existsSync(h)) }, () => {
  const socket = defines('/usr/include/asm-generic/socket.h');
  for (const [name, value] of Object.entries(SO)) {
    const header = socket.get(`SO_${name}`) ?? socket.get(`SO_${name}_OLD`);
    assert.equal(value, header, `SO_${name}`);
  }
  const tcp = defines('/usr/include/linux/tcp.h');
  for (const [name, value] of Object.entries(TCP)) assert.equal(value, tcp.get(`TCP_${name}`), `TCP_${name}`);
  assert.equal(IP_RECVERR, defines('/usr/include/linux/in.h').get('IP_RECVERR'));
  assert.equal(IPV6_RECVERR, defines('/usr/include/linux/in6.h').get('IPV6_RECVERR'));
});

test('the arches socklab refuses really differ: mips SOL_SOCKET is not 1', { skip: !existsSync('/usr/mips-linux-gnu/include/asm/socket.h') }, () => {
  assert.equal(defines('/usr/mips-linux-gnu/include/asm/socket.h').get('SOL_SOCKET'), 0xffff);
});
