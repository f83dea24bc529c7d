// Scenario: fetch says only "fetch failed"; the kernel's errno is one level down, in err.cause.
import { recordAppError } from '../kit/app-error.js';
import { closedPort } from '../kit/node-net.js';
import { record } from '../kit/record.js';
import { rawListener } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';

const REFUSED = 'fetch #1 (nothing listens)';
const RESET = 'fetch #2 (the server resets)';

/** Two different failures, one message: `TypeError: fetch failed`, with no code; the causes say ECONNREFUSED and ECONNRESET. */
export const fetchFailedCause = defineScenario({
  id: 'fetch-failed-cause',
  title: '`fetch failed` hides its cause',
  articleSays: 'Global fetch rejects every network failure with the same `TypeError: fetch failed` and no `code`: a refused connection and a reset look alike in `err.message`, in `String(err)` and in loggers that print only the message. The system error (connect ECONNREFUSED, read ECONNRESET) is in `err.cause`.',
  predicts: [
    { endpoint: 'client', call: REFUSED, result: 'ECONNREFUSED' },
    { endpoint: 'client', call: RESET, result: 'ECONNRESET' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: one round trip for the refusal, one for the request and the reset',
  needs: [],
  async run({ timeline, sandbox }) {
    const { hosts } = sandbox;
    const refused = await fetch(`http://${hosts.server}:${closedPort(sandbox)}/`).catch((error: unknown) => error);
    recordAppError(timeline, 'client', REFUSED, refused, {}, `String(err) is "${String(refused)}"`);

    const { listener, port } = rawListener(sandbox);
    const reset = fetch(`http://${hosts.server}:${port}/`).catch((error: unknown) => error);
    if (await listener.readable(3000)) {
      const accepted = record(timeline, 'server', 'accept', listener.accept());
      if (accepted.ok) {
        record(timeline, 'server', 'read', await accepted.value.readWait(3000));
        record(timeline, 'server', 'close (SO_LINGER 0)', accepted.value.closeWithReset(), 'RST instead of an answer');
      }
    }
    const failed = await reset;
    recordAppError(timeline, 'client', RESET, failed, {}, `String(err) is "${String(failed)}"`);
    timeline.note('both errors: err.message "fetch failed", err.code undefined; the errno is err.cause.code');
    listener.close();
  },
});
