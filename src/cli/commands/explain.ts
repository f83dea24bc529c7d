// `socklab explain`: placeholder until the catalog lands.
import { defineCommand } from '../command-spec.js';

export const explainCommand = defineCommand({
  name: 'explain',
  summary: 'Explain a socket errno, an errno number, a log line or a stack trace',
  args: '[query...]',
  options: [{ flags: '--json', description: 'print the result as JSON' }],
  action: async (_args, _options, io) => {
    io.stderr.write('explain: not built yet\n');
    return 1;
  },
});
