#!/usr/bin/env node
// The `socklab` executable: run the CLI (its build-time bundle, CommonJS for a fast start) on this process's arguments.
import { loadCli } from './cli-bundle.cjs';
const { main, processIo } = loadCli(process.argv.slice(2));
void main(process.argv.slice(2), processIo()).then((code) => (process.exitCode = code));
