// Apache Thrift's transports: a TSocket read that found the connection closed by the server.
import { definePatternTable } from '../pattern.js';

/** Patterns for Thrift's socket transport errors (Python, thriftpy and PHP clients). */
export const thrift = definePatternTable('thrift', [
  {
    id: 'read-0-bytes',
    keywords: ['tsocket read 0 bytes'],
    // TTransportException END_OF_FILE (type 4) from TSocket.read in Thrift's Python and PHP libraries and in thriftpy:
    // recv() returned 0, the server's FIN. Hive, Impala and HBase's Thrift server close a connection whose transport
    // (framed or buffered), protocol or SASL setting they do not speak, so it often follows a client misconfiguration.
    regex: /\bTSocket read 0 bytes\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The Thrift server closed the connection before answering (recv() returned 0). Hive, Impala and HBase's Thrift server do that when the client's transport (framed or buffered), protocol (binary or compact) or authentication (SASL or NOSASL) differs from the server's; otherwise it restarted, or an idle timeout or a proxy ended the connection.",
  },
]);
