// Why a server could not listen and what to do about it, for the one-line errors of doctor --serve and proxy.

/** What usually causes each listen() errno on Linux, and the fix, given the port asked for. */
const ADVICE: Readonly<Record<string, (port: number) => string>> = {
  EADDRINUSE: (port) => `another socket already listens on port ${port} (\`ss -ltnp 'sport = :${port}'\` shows which process): stop it or pick another port`,
  EACCES: () => 'ports below 1024 need root or CAP_NET_BIND_SERVICE: pick a port from 1024 up',
  EADDRNOTAVAIL: () => 'no interface of this host has that address: use 127.0.0.1, or an address `ip -brief address` lists',
  ENOTFOUND: () => 'that is neither an address nor a name that resolves: use 127.0.0.1, or an address `ip -brief address` lists',
};

const CODES_BY_TEXT: readonly (readonly [RegExp, string])[] = [
  [/address already in use/i, 'EADDRINUSE'],
  [/permission denied/i, 'EACCES'],
  [/cannot assign requested address|address not available/i, 'EADDRNOTAVAIL'],
];

/** A listen failure a server reported as text (Toxiproxy's `bind: address already in use`) and, when known, the fix. */
export function listenFailureText(text: string, port: number): string {
  const code = CODES_BY_TEXT.find(([words]) => words.test(text))?.[1];
  const advice = ADVICE[code ?? ''];
  return advice === undefined ? text : `${text}; ${advice(port)}`;
}

/** A failed listen's message (`listen EADDRINUSE: address already in use 127.0.0.1:9464`) and, when known, the fix. */
export function listenFailureReason(error: NodeJS.ErrnoException, port: number): string {
  const advice = ADVICE[error.code ?? ''];
  return advice === undefined ? error.message : `${error.message}; ${advice(port)}`;
}
