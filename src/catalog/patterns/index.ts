// The registry of pattern tables: one import and one line per ecosystem file (see STYLE R6).
import type { Ecosystem, Pattern } from '../pattern.js';
import { CURL_PATTERNS } from './curl.js';
import { DOTNET_PATTERNS } from './dotnet.js';
import { GO_PATTERNS } from './go.js';
import { HAPROXY_PATTERNS } from './haproxy.js';
import { JAVA_PATTERNS } from './java.js';
import { LIBC_PATTERNS } from './libc.js';
import { MYSQL_PATTERNS } from './mysql.js';
import { NGINX_PATTERNS } from './nginx.js';
import { NODE_PATTERNS } from './node.js';
import { POSTGRES_PATTERNS } from './postgres.js';
import { PYTHON_PATTERNS } from './python.js';
import { REDIS_PATTERNS } from './redis.js';
import { RUST_PATTERNS } from './rust.js';

/** Every ecosystem's pattern table; keyed by Ecosystem so a new ecosystem without a table fails to compile. */
export const PATTERN_TABLES: Readonly<Record<Ecosystem, readonly Pattern[]>> = {
  node: NODE_PATTERNS,
  python: PYTHON_PATTERNS,
  java: JAVA_PATTERNS,
  go: GO_PATTERNS,
  dotnet: DOTNET_PATTERNS,
  rust: RUST_PATTERNS,
  curl: CURL_PATTERNS,
  nginx: NGINX_PATTERNS,
  haproxy: HAPROXY_PATTERNS,
  postgres: POSTGRES_PATTERNS,
  mysql: MYSQL_PATTERNS,
  redis: REDIS_PATTERNS,
  libc: LIBC_PATTERNS,
};

/** All patterns, in table order: specific ecosystems first, the generic libc fallbacks last. */
export const PATTERNS: readonly Pattern[] = Object.values(PATTERN_TABLES).flat();
