// Refuses packet capture outside the throwaway namespaces socklab creates, on the kernel's word, never the environment's.
import { SocklabError } from '../../errors/socklab-error.js';
import { inInitialUserns, netnsCreatedInOwnUserns } from '../../sys/net-namespace.js';

/**
 * Throws SOCKLAB_LAB_CAPTURE_FAILED unless the calling thread is in a user namespace other than the host's and its
 * network namespace was created inside that user namespace. The kernel lets a packet socket open only where the caller
 * holds CAP_NET_RAW over the namespace's owner, so a capture that passes cannot be the host's, whoever started socklab.
 */
export function assertCaptureAllowed(): void {
  if (inInitialUserns()) {
    throw refused('this thread is in the host\'s user namespace, so its network namespace may be the host\'s');
  }
  if (!netnsCreatedInOwnUserns()) {
    throw refused('the network namespace was not created inside this thread\'s user namespace');
  }
}

function refused(why: string): SocklabError {
  return new SocklabError('SOCKLAB_LAB_CAPTURE_FAILED', {
    reason: `refusing to capture: ${why}; socklab captures only inside the namespaces it creates (unshare --user --net)`,
  });
}
