#!/usr/bin/env node
// The `socklab` executable: run the CLI (its build-time bundle, CommonJS for a fast start) on this process's arguments.
import { join } from 'node:path';
import { startScanWorkersEarly } from '../scan/scan-workers.cjs';
import { loadCli } from './cli-bundle.cjs';

const argv = process.argv.slice(2);
// Before the CLI loads: a scan of a big file then finds its workers started (src/scan/scan-workers.cts).
startScanWorkersEarly(argv, join(__dirname, '../scan/scan-worker.js'));
const { main, processIo } = loadCli();
void main(argv, processIo()).then((code) => (process.exitCode = code));
