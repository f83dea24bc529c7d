// Vagrant's SSH communicator: the warnings it prints while it retries SSH to a booting machine.
import { definePatternTable } from '../pattern.js';

/** Patterns for Vagrant's `Warning: ... Retrying...` lines while it waits for the guest's SSH. */
export const vagrant = definePatternTable('vagrant', [
  {
    id: 'remote-disconnect',
    keywords: ['remote connection disconnect'],
    // `default: Warning: Remote connection disconnect. Retrying...`: net-ssh raised Net::SSH::Disconnect.
    regex: /\bRemote connection disconnect\. Retrying\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'connect',
    note: "The guest's SSH server closed the connection Vagrant opened (sshd still starting, or rejecting it): harmless while the machine boots; when it repeats until Vagrant gives up, the guest's network or sshd never came up (look at the VM's console).",
  },
  {
    id: 'connection-aborted',
    keywords: ['connection aborted. retrying'],
    // Vagrant's wording of Errno::ECONNABORTED; mostly on Windows hosts (WSAECONNABORTED), through VirtualBox's NAT port
    // forward. Not requests' `('Connection aborted.', ...)`, which wraps any error.
    regex: /\bWarning: Connection aborted\. Retrying\b/,
    errno: 'ECONNABORTED',
    phase: 'connect',
    note: "The host's TCP stack aborted Vagrant's SSH connection to the forwarded port (ECONNABORTED): the guest is not listening yet, or the NAT forward dropped it. Usually harmless while the machine boots.",
  },
  {
    id: 'connection-timeout',
    keywords: ['connection timeout. retrying', 'connection timout. retrying'],
    // Vagrant's own SSH connect timer (Timeout::Error); older releases spelt it `Error: Connection timout. Retrying...`.
    regex: /\b(?:Warning|Error): Connection time?out\. Retrying\b/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "Vagrant's own timer for one SSH connect attempt expired (not the kernel's ETIMEDOUT): the guest has not booted far enough, its network is not up, or the forwarded port goes nowhere; Vagrant retries until config.vm.boot_timeout.",
  },
]);
