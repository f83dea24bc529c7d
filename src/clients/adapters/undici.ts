// undici: the undici package's request() through a new Agent with its defaults.
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';
import { undiciSession, type UndiciLike } from '../undici-session.js';

/** undici without retries. */
export const undici = defineClient({
  id: 'undici',
  title: 'undici',
  packages: ['undici'],
  summary: 'undici.request() then body.arrayBuffer(), through new Agent() with its defaults.',
  open: (modules) => {
    const lib = mainExport<UndiciLike>(modules.undici);
    return undiciSession(lib, new lib.Agent());
  },
});
