// The registry of CLI commands, for --help, the docs generator and the tests: every spec, loaded through
// command-loaders.ts (one line per command file there). Importing it loads the specs, not the libraries: each action
// imports its own on first use. A command line loads only its own spec (commandsFor).
import type { CommandSpec } from '../command-spec.js';
import { loadAllCommands } from '../command-loaders.js';

/** Every command, in the order `socklab --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = await loadAllCommands();
