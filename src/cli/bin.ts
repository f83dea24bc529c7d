#!/usr/bin/env node
// The `socklab` executable: run the CLI (from its build-time bundle, for a fast start) on this process's arguments.
import { loadCli } from './cli-bundle.js';
const { main, processIo } = loadCli();
process.exitCode = await main(process.argv.slice(2), processIo());
