// The progress line reaches stderr only when it is a terminal, and erases itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLine } from '../../../src/cli/render/progress-line.js';
import { memoryIo } from '../../helpers/memory-io.js';

test('interactive stderr: each show overwrites the line, clear erases it', () => {
  const io = memoryIo('', { interactive: true });
  const line = progressLine(io);
  line.show('running 3 scenarios');
  line.show('running 3 scenarios: 1 done');
  line.clear();
  assert.equal(io.err(), '\r\x1b[Krunning 3 scenarios\r\x1b[Krunning 3 scenarios: 1 done\r\x1b[K');
  assert.equal(io.out(), '');
});

test('non-interactive stderr: nothing is written', () => {
  const io = memoryIo();
  const line = progressLine(io);
  line.show('running');
  line.clear();
  assert.equal(io.err(), '');
});
