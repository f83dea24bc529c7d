// The registry of pattern tables: one import and one line per ecosystem file; the Ecosystem union is derived from it.
import type { Pattern } from '../pattern.js';
import { ansible } from './ansible.js';
import { apple } from './apple.js';
import { aria2 } from './aria2.js';
import { aws } from './aws.js';
import { cassandra } from './cassandra.js';
import { db2 } from './db2.js';
import { chrome } from './chrome.js';
import { cloudflare } from './cloudflare.js';
import { curl } from './curl.js';
import { dotnet } from './dotnet.js';
import { dovecot } from './dovecot.js';
import { envoy } from './envoy.js';
import { erlang } from './erlang.js';
import { espIdf } from './esp-idf.js';
import { ffmpeg } from './ffmpeg.js';
import { generic } from './generic.js';
import { go } from './go.js';
import { haproxy } from './haproxy.js';
import { haskell } from './haskell.js';
import { httpd } from './httpd.js';
import { java } from './java.js';
import { kafka } from './kafka.js';
import { kernel } from './kernel.js';
import { libc } from './libc.js';
import { librtmp } from './librtmp.js';
import { mongodb } from './mongodb.js';
import { mqtt } from './mqtt.js';
import { mysql } from './mysql.js';
import { nats } from './nats.js';
import { nginx } from './nginx.js';
import { ibmMq } from './ibm-mq.js';
import { nrpe } from './nrpe.js';
import { nss } from './nss.js';
import { ocaml } from './ocaml.js';
import { openvpn } from './openvpn.js';
import { oracle } from './oracle.js';
import { php } from './php.js';
import { node } from './node.js';
import { postfix } from './postfix.js';
import { postgres } from './postgres.js';
import { proxychains } from './proxychains.js';
import { python } from './python.js';
import { redis } from './redis.js';
import { ruby } from './ruby.js';
import { rust } from './rust.js';
import { samba } from './samba.js';
import { smtp } from './smtp.js';
import { schannel } from './schannel.js';
import { sqlserver } from './sqlserver.js';
import { ssh } from './ssh.js';
import { thrift } from './thrift.js';
import { uwsgi } from './uwsgi.js';
import { vagrant } from './vagrant.js';
import { websocket } from './websocket.js';
import { wireguard } from './wireguard.js';
import { zig } from './zig.js';

/** Every pattern table, in the order they are tried: specific ecosystems first, the generic fallbacks last. */
export const TABLES = [
  node, python, java, go, dotnet, rust, zig, nss, curl, nginx, haproxy, postgres, mysql, redis,
  erlang, envoy, httpd, kafka, aws, chrome, mongodb, cassandra, db2, ruby, ssh, ocaml, websocket, uwsgi, nats, cloudflare, schannel, php, openvpn, sqlserver,
  postfix, smtp, ansible, wireguard, samba, mqtt, kernel, oracle, apple, aria2, espIdf, proxychains, vagrant, ffmpeg, librtmp, nrpe, dovecot, ibmMq, thrift, haskell, libc, generic,
] as const;

/** The ecosystem a pattern belongs to (also the file name of its table). */
export type Ecosystem = (typeof TABLES)[number]['name'];

/** Every ecosystem with a pattern table, in table order. */
export const ECOSYSTEMS: readonly Ecosystem[] = TABLES.map((t) => t.name);

/** Every ecosystem's patterns, keyed by ecosystem. */
export const PATTERN_TABLES = Object.fromEntries(TABLES.map((t) => [t.name, t.patterns])) as Readonly<Record<Ecosystem, readonly Pattern[]>>;

/** All patterns, in table order. */
export const PATTERNS: readonly Pattern[] = TABLES.flatMap((t): readonly Pattern[] => t.patterns);
