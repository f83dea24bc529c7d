// hang_after: passes traffic for `timeout` ms, then goes silent (no data, no FIN, no RST), like an unplugged cable.
import { defineToxic } from '../toxic.js';

/** Stop all traffic in one direction after a while, without closing anything. */
export const hangAfter = defineToxic({
  type: 'hang_after',
  summary: 'Pass data for timeout ms, then hold everything (no data, no FIN, no RST) until the toxic is removed.',
  attributes: [{ name: 'timeout', unit: 'ms', default: 0, min: 0, summary: 'time traffic flows before the hang' }],
  stage: (ctx) => {
    const started = performance.now();
    let announced = false;
    const hang = async (): Promise<void> => {
      if (performance.now() - started < (ctx.attributes.timeout ?? 0)) return;
      if (!announced) ctx.fired('hang');
      announced = true;
      await ctx.sleep(Infinity); // released only when the toxic is removed; the data then flows on
    };
    return {
      async chunk(data, push) {
        await hang();
        await push(data);
      },
      end: hang,
    };
  },
});
