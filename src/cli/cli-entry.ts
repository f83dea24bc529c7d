// What the `socklab` executable runs: the entry of the CLI bundle (scripts/bundle-cli.mjs), or these modules unbundled.
export { main } from './main.js';
export { processIo } from './cli-io.js';
