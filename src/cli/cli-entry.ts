// What the `socklab` executable runs: the entry point of the CLI bundle (scripts/bundle-cli.mjs).
export { main } from './main.js';
export { processIo } from './cli-io.js';
