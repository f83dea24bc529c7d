// Why a server could not listen and what to do about it, for the one-line errors of doctor --serve and proxy.

/** What usually causes each listen() errno on Linux, and the fix, given the port asked for. */
const ADVICE: Readonly<Record<string, (port: number) => string>> = {
  EADDRINUSE: (port) => `another socket already listens on port ${port} (\`ss -ltnp 'sport = :${port}'\` shows which process): stop it or pick another port`,
  EACCES: () => 'ports below 1024 need root or CAP_NET_BIND_SERVICE: pick a port from 1024 up',
  EADDRNOTAVAIL: () => 'no interface of this host has that address: use 127.0.0.1, or an address `ip -brief address` lists',
};

/** A failed listen's message (`listen EADDRINUSE: address already in use 127.0.0.1:9464`) and, when known, the fix. */
export function listenFailureReason(error: NodeJS.ErrnoException, port: number): string {
  const advice = ADVICE[error.code ?? ''];
  return advice === undefined ? error.message : `${error.message}; ${advice(port)}`;
}
