// `socklab lab`: placeholder until the lab lands.
import { defineCommand } from '../command-spec.js';

export const labCommand = defineCommand({
  name: 'lab',
  summary: 'Run every scenario of the article on this kernel and compare with the catalog',
  options: [{ flags: '--json', description: 'print the results as JSON' }],
  action: async (_args, _options, io) => {
    io.stdout.write('The lab is not built yet.\n');
    return 0;
  },
});
