// Makes sure the tools the tests need are on the machine: installs them when root, fails clearly otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package -> the file that proves it is installed. */
const NEEDED = {
  tshark: '/usr/bin/tshark',
  iproute2: '/usr/sbin/ip',
  prometheus: '/usr/bin/prometheus',
  'util-linux': '/usr/bin/unshare',
  chromium: '/usr/bin/chromium', // test-only: the browser tests (test/helpers/browser.ts) drive it with playwright-core
  'redis-server': '/usr/bin/redis-server', // test-only: every toxic is tested with ioredis against a real Redis (test/helpers/redis.ts)
  'linux-libc-dev': '/usr/include/asm-generic/errno.h',
  'libc6-dev': '/usr/include/netdb.h',
  'linux-libc-dev-alpha-cross': '/usr/alpha-linux-gnu/include/asm/errno.h',
  'linux-libc-dev-mips-cross': '/usr/mips-linux-gnu/include/asm/errno.h',
  'linux-libc-dev-sparc64-cross': '/usr/sparc64-linux-gnu/include/asm/errno.h',
  'linux-libc-dev-hppa-cross': '/usr/hppa-linux-gnu/include/asm/errno.h',
  'linux-libc-dev-powerpc-cross': '/usr/powerpc-linux-gnu/include/asm/errno.h',
};

const missing = Object.entries(NEEDED).filter(([, file]) => !existsSync(file)).map(([pkg]) => pkg);
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`socklab tests need these Debian packages: ${missing.join(' ')}.\n` +
      `Install them as root: apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.error(`Installing test prerequisites: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
  if (!run(['install', '-y', '--no-install-recommends', ...missing])) {
    if (!run(['update']) || !run(['install', '-y', '--no-install-recommends', ...missing])) {
      console.error(`apt-get could not install ${missing.join(' ')}; install them by hand and run the tests again.`);
      process.exit(1);
    }
  }
}
const still = Object.entries(NEEDED).filter(([, file]) => !existsSync(file)).map(([pkg]) => pkg);
if (still.length > 0) {
  console.error(`Still missing after install: ${still.join(' ')}`);
  process.exit(1);
}
// The lab creates its namespaces as an unprivileged user, also when root (root drops to nobody first).
const asNobody = process.getuid?.() === 0 ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
const userns = [...asNobody, '/usr/bin/unshare', '--user', '--map-root-user', '--net', '/usr/bin/true'];
try {
  execFileSync(userns[0], userns.slice(1), { stdio: 'ignore' });
} catch {
  console.error(`socklab tests need unprivileged user namespaces: \`${userns.join(' ')}\` failed.\n` +
    'Enable them (sysctl kernel.unprivileged_userns_clone=1, kernel.apparmor_restrict_unprivileged_userns=0, user.max_user_namespaces=15000).');
  process.exit(1);
}
