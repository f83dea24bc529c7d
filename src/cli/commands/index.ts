// The registry of CLI commands: one import and one line per command file. Importing it loads the specs, not the
// libraries: each action imports its own on first use.
import type { CommandSpec } from '../command-spec.js';
import { clientsCommand } from './clients.js';
import { doctorCommand } from './doctor.js';
import { explainCommand } from './explain.js';
import { labCommand } from './lab.js';
import { probeCommand } from './probe.js';
import { proxyCommand } from './proxy.js';
import { reproCommand } from './repro.js';
import { scanCommand } from './scan.js';
import { toxicCommand } from './toxic.js';

/** Every command, in the order `socklab --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [explainCommand, labCommand, reproCommand, doctorCommand, probeCommand, scanCommand, proxyCommand, toxicCommand, clientsCommand];
