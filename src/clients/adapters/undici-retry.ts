// undici-retry: the undici package's request() through new RetryAgent(new Agent()), both with their defaults.
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';
import { undiciSession, type UndiciLike } from '../undici-session.js';

/** undici with its RetryAgent. */
export const undiciRetry = defineClient({
  id: 'undici-retry',
  title: 'undici RetryAgent',
  packages: ['undici'],
  summary: 'undici.request() then body.arrayBuffer(), through new RetryAgent(new Agent()) with their defaults.',
  open: (modules) => {
    const lib = mainExport<UndiciLike>(modules.undici);
    return undiciSession(lib, new lib.RetryAgent(new lib.Agent()));
  },
});
