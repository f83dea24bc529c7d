// Samba (smbclient, smbd, libsmbclient) and other SMB stacks: socket errors as Windows NTSTATUS names (NT_STATUS_*).
import { definePatternTable } from '../pattern.js';

/** Patterns for SMB clients and servers that report socket failures as NTSTATUS names. */
export const samba = definePatternTable('samba', [
  {
    id: 'nt-status-errno',
    keywords: [
      'status_connection_refused', 'status_connection_reset', 'status_connection_aborted', 'status_host_unreachable',
      'status_network_unreachable',
    ],
    // Samba turns the errno of a failed socket call into the NTSTATUS Windows uses for it (ECONNREFUSED becomes
    // NT_STATUS_CONNECTION_REFUSED) and prints that: smbclient's `do_connect: Connection to nas failed (Error
    // NT_STATUS_CONNECTION_REFUSED)`, smbd's `read error = NT_STATUS_CONNECTION_RESET`; Windows-side tools print the same
    // names without `NT_`. Not inside a path, URL or identifier (`GET /wiki/NT_STATUS_CONNECTION_REFUSED`), as libc's
    // errno-name.
    regex: /(?<![\w/.-])(?:NT_)?(?<name>STATUS_(?:CONNECTION_(?:REFUSED|RESET|ABORTED)|HOST_UNREACHABLE|NETWORK_UNREACHABLE))(?![\w/-])/,
    errno: 'from-name',
    phase: 'unknown',
    note: "An SMB client's or server's socket call failed with this errno, which Samba (or Windows) reports under its NTSTATUS name: refused (nothing listens on 445 or 139, or a firewall rejects), reset by the peer, or no route to the host or network.",
  },
  {
    id: 'io-timeout',
    keywords: ['status_io_timeout'],
    regex: /(?<![\w/.-])(?:NT_)?STATUS_IO_TIMEOUT(?![\w/-])/,
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    note: "An SMB operation outlasted its timer (smbclient's -t, 20 s by default; a client's request timeout): the server did not answer in time, or SYNs to 445 are dropped. Samba also reports a kernel ETIMEDOUT under this name, but the usual case is its own timer.",
  },
  {
    id: 'disconnected',
    keywords: ['status_connection_disconnected', 'read error = nt_status_end_of_file'],
    // NT_STATUS_CONNECTION_DISCONNECTED, and smbd's read that reached end of file (`read_fd_with_timeout failed for client
    // 192.0.2.9 read error = NT_STATUS_END_OF_FILE`): the peer closed the TCP connection.
    regex: /(?<![\w/.-])(?:NT_)?STATUS_CONNECTION_DISCONNECTED(?![\w/-])|\bread error = NT_STATUS_END_OF_FILE\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The other end closed the SMB connection (end of file on the socket, no errno): a server that ended the session (an SMB1-only or SMB2-only server refusing the dialect, a restart) or, in smbd's log, a client or a port scanner that went away.",
  },
]);
