// `socklab clients`: measure what each installed HTTP client does on each fault; print the matrix, details or JSON.
import { CLIENTS } from '../../clients/adapters/index.js';
import { FAULTS } from '../../clients/faults/index.js';
import { METHODS } from '../../clients/client.js';
import { checkOutputFile, writeOutputFile } from '../../shared/output-file.js';
import { progressLine } from '../render/progress-line.js';
import { defineCommand } from '../command-spec.js';
import { choices, duration, flag, text } from '../option-spec.js';

/** The `socklab clients` command. */
export const clientsCommand = defineCommand({
  name: 'clients',
  summary: 'Measure what each HTTP client installed here does on each network fault: errors, retries, time, duplicate POSTs',
  options: {
    clients: choices('the clients to measure (default: all; one not installed here is reported, not run)', CLIENTS.map((c) => c.id)),
    faults: choices('the faults to put them through (default: all)', FAULTS.map((f) => f.id)),
    methods: choices('the methods to send (default: GET,POST)', METHODS),
    maxWait: duration('report a case still waiting after this long as waiting', { min: '1s', max: '10m', default: '20s' }),
    long: flag("after the matrix, every case in detail: time, attempts, what the server received, the whole cause chain and socklab/net's classify verdict"),
    html: text('also write the matrix and every case to this file: one self-contained HTML page', { placeholder: '<file>' }),
    list: flag('list the clients, with the versions installed here, and the faults, then exit'),
  },
  json: 'print the whole result (every case with its cause chain) as JSON; with --list, the clients and faults',
  examples: [
    'socklab clients', 'socklab clients --clients got,axios-retry --faults reset-before-response,keepalive-race',
    'socklab clients --methods POST --long', 'socklab clients --json > clients.json', 'socklab clients --html clients.html', 'socklab clients --list',
  ],
  action: async (_args, options, io) => {
    if (options.list) {
      const { describeClient } = await import('../../clients/resolve-client.js');
      const { renderClientsList } = await import('../../clients/render/clients-list.js');
      const list = { clients: CLIENTS.map((c) => describeClient(c, process.cwd())), faults: FAULTS.map(({ id, title, how }) => ({ id, title, how })) };
      return { result: list, text: (view) => renderClientsList(list, view.width) };
    }
    const { runClients } = await import('../../clients/run-clients.js');
    const { classifyCase } = await import('../../clients/classify-case.js');
    const { renderClientsLong } = await import('../../clients/render/clients-long.js');
    const { renderClientsMatrix } = await import('../../clients/render/clients-matrix.js');
    const { renderClientsReport } = await import('../../clients/render/clients-report.js');
    // A path that cannot be written fails before the run rather than after it.
    if (options.html !== undefined) await checkOutputFile(options.html);
    const line = progressLine(io);
    line.show('loading the clients installed here…');
    const result = await runClients({
      ...(options.clients === undefined ? {} : { clients: options.clients }),
      ...(options.faults === undefined ? {} : { faults: options.faults }),
      ...(options.methods === undefined ? {} : { methods: options.methods }),
      maxWaitMs: options.maxWait,
      classify: classifyCase,
      onCase: (c, done, total) => line.show(`measuring ${total} cases (up to ${options.maxWait / 1000} s each): ${done} done, last ${c.client} ${c.fault} ${c.method}`),
    });
    line.clear();
    if (options.html !== undefined) await writeOutputFile(options.html, renderClientsReport(result));
    const report = options.html === undefined ? '' : `HTML report: ${options.html}\n`;
    return { result, text: (view) => `${renderClientsMatrix(result, view)}${options.long ? `\n${renderClientsLong(result, view)}` : ''}${report}` };
  },
});
