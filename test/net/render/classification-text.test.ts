// classificationText: what, who, phase and retry in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classificationText, classify } from '../../../src/net/index.js';

test('kernel errnos, library kinds and unrecognised errors read as one line', () => {
  const error = (message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), extra);
  assert.equal(classificationText(classify(error('connect ECONNREFUSED 127.0.0.1:80', { code: 'ECONNREFUSED' }))), 'ECONNREFUSED (kernel), phase connect, retry safe');
  assert.equal(classificationText(classify(error('socket hang up', { code: 'ECONNRESET' }), { reusedSocket: true })), 'peer-closed (node), phase idle, retry idempotent-only');
  assert.equal(classificationText(classify(new Error('boom'))), 'unrecognised, phase read, retry unsafe');
});
