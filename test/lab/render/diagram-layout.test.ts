// The diagram's time axis: one scale for the whole diagram, room for labels, long waits cut out and measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleBarMs, timeAxis } from '../../../src/lab/render/diagram-layout.js';

const rows = (n: number) => Array.from({ length: n }, () => ({ above: 10, below: 10 }));

test('gaps are drawn to one scale, and events too close for their labels are spread apart', () => {
  const axis = timeAxis([0, 200, 400, 800, 800.1], rows(5), 50);
  const steps = axis.ys.slice(1).map((y, i) => y - axis.ys[i]!);
  assert.equal(axis.breaks.length, 0);
  assert.ok(Math.abs(steps[2]! / steps[1]! - 2) < 0.01, `800-400 is twice 400-200: ${steps.join(', ')}`);
  assert.equal(steps[3], 20, 'two events 0.1 ms apart get the room of their labels');
  assert.ok(steps[0]! >= 20 && Math.abs(steps[0]! - 200 * axis.pxPerMs) < 0.1);
});

test('a wait far longer than the rest is cut out, drawn short and reported with its true length', () => {
  const axis = timeAxis([0, 100, 200, 300, 900_000], rows(5), 0);
  assert.equal(axis.breaks.length, 1);
  assert.equal(axis.breaks[0]!.ms, 899_700);
  assert.ok(axis.ys[4]! - axis.ys[3]! < 100, 'the cut wait is drawn short');
  assert.ok(axis.ys[1]! - axis.ys[0]! >= 100 * axis.pxPerMs - 0.1, 'the short gaps stay to scale');
});

test('the scale bar is a round duration 40 px or more long', () => {
  assert.equal(scaleBarMs(0.2), 200);
  assert.equal(scaleBarMs(2), 20);
});
