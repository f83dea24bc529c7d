#!/usr/bin/env node
// The `socklab` executable: run the CLI on this process's arguments.
import { main } from './main.js';
import { processIo } from './cli-io.js';
process.exitCode = await main(process.argv.slice(2), processIo());
