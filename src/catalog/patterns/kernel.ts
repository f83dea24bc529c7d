// The Linux kernel's own log lines (dmesg, journal): network subsystems (CIFS, NFS, iSCSI, Ceph, NBD) printing a negative errno.
import { definePatternTable } from '../pattern.js';

/** Patterns for kernel messages about the kernel's own network clients and servers. */
export const kernel = definePatternTable('kernel', [
  {
    id: 'negative-errno',
    keywords: [
      'error -1', 'error -3', 'error -9', 'error=-', 'error: -', 'err -1', 'err -3', 'err -9', 'err=-', 'ret=-', 'rc=-',
      'returned -', 'result -', '= -10', '= -11', '= -9', '= -32',
    ],
    // A kernel function returns -errno and its callers log it as is (`error -107`, `result -104`, `return code = -111`).
    // Only beside a subsystem that speaks TCP, and only the socket errnos (EPIPE, 98 to 113): a USB or MMC driver's
    // `error -110` is its own bus timing out, and a bare negative number is nobody's errno.
    regex: /\b(?:CIFS|SMB\d?|ksmbd|NFSD?|nfsd?|sunrpc|RPC|rpc|iscsid?|libceph|ceph|nbd\d{0,3}|drbd|TCP|tcp|socket|sock)\b[^\n]{0,160}?\b(?:error|err|ret|rc|returned|result|return code)(?: in \w{1,30})? ?[=:]? ?\(?-(?<number>32|9[89]|10\d|11[0-3])\b/,
    errno: 'from-number',
    platform: 'linux',
    phase: 'unknown',
    note: "A kernel subsystem that holds its own TCP connections (the SMB or NFS client, iSCSI, Ceph, NBD) logged the negative errno a socket call returned: -104 is ECONNRESET, -107 ENOTCONN (the connection was already gone), -110 ETIMEDOUT, -111 ECONNREFUSED.",
  },
]);
