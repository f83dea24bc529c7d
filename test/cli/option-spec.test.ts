// Table-driven over every command's option specs: each bad value exits 2 naming the option and what it accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main, parseCommandLine } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { choice, duration, endpoint, longFlag, time, type OptionKind } from '../../src/cli/option-spec.js';
import { memoryIo } from '../helpers/memory-io.js';

/** Values every option of a kind must refuse, whatever its bounds. */
const BAD: Readonly<Record<OptionKind, readonly string[]>> = {
  flag: [],
  text: [],
  integer: ['abc', '1.5', '99999999999'],
  decimal: ['abc', '1e12', ''],
  duration: ['abc', '5', '2d', '-1s', '1000h'],
  choice: ['zzz-not-a-choice'],
  choices: ['zzz-not-a-choice', ',', ''],
  pair: ['novalue', 'k=abc', '=1'],
  endpoint: ['abc', 'host:', 'localhost:http', '99999', '1:2:3'],
  time: ['abc', '5', '2026-13-01', '2026-02-30', '2026-11-24T25:00', 'yesterday'],
};

for (const command of COMMANDS) {
  // Placeholders for required arguments: option errors must win over whatever the arguments say.
  const required = [...(command.args ?? '').matchAll(/<[^>]+>/g)].map(() => 'x');
  for (const [key, spec] of Object.entries(command.options)) {
    const flag = longFlag(key);
    for (const bad of BAD[spec.kind]) {
      test(`${command.name} ${flag} ${JSON.stringify(bad)} exits 2 naming the option and what it accepts`, async () => {
        const io = memoryIo();
        assert.equal(await main([command.name, ...required, `${flag}=${bad}`], io), 2);
        assert.ok(io.err().includes(`Invalid ${flag} "${bad}"`), io.err());
        assert.ok(io.err().includes(`expected ${spec.accepts!}`), io.err());
        assert.equal(io.err().split('\n').filter(Boolean).length, 1, 'one line');
        assert.equal(io.out(), '');
      });
    }
    test(`${command.name} ${flag}: its default reads back as its initial value`, () => {
      if (spec.defaultText === undefined) return;
      const read = spec.read(spec.defaultText, spec.initial);
      assert.deepEqual(read, { ok: true, value: spec.initial });
    });
  }
}

test('a missing option value names the option and what it accepts', async () => {
  const io = memoryIo();
  assert.equal(await main(['lab', '--timeout'], io), 2);
  assert.match(io.err(), /option '--timeout <duration>' argument missing: expected a duration from 1ms to 1h/);
});

test('with --json, an option error still prints a JSON document on stdout', async () => {
  const io = memoryIo();
  assert.equal(await main(['lab', '--json', '--timeout', 'abc'], io), 2);
  assert.deepEqual(JSON.parse(io.out()), { error: { code: 'SOCKLAB_CLI_BAD_OPTION', message: io.err().replace(/^socklab: /, '').trim(), exitCode: 2 } });
});

test('a near miss on a choice gets a did-you-mean', async () => {
  const io = memoryIo();
  assert.equal(await main(['toxic', 'add', 'db', '-t', 'latencyy'], io), 2);
  assert.match(io.err(), /Invalid --type "latencyy": expected one of .*latency.*\. Did you mean latency\?/);
});

test('values are typed: durations in ms, integers, choices ignoring case and - or _, repeatable pairs', () => {
  const lab = parseCommandLine(['lab', '--timeout', '1m30s'], memoryIo(), COMMANDS);
  assert.equal(lab?.options.timeout, 90_000);
  const toxic = parseCommandLine(['toxic', 'add', 'db', '-t', 'LATENCY', '-a', 'latency=100', '-a', 'jitter=5', '--toxicity', '0.5'], memoryIo(), COMMANDS);
  assert.deepEqual({ ...toxic?.options }, {
    json: false, server: undefined, token: undefined, listen: '127.0.0.1:0', upstream: undefined, type: 'latency', toxicName: undefined,
    stream: 'downstream', toxicity: 0.5, attribute: [['latency', 100], ['jitter', 5]],
  });
  assert.equal(parseCommandLine(['doctor', '--state', 'close-wait'], memoryIo(), COMMANDS)?.options.state, 'CLOSE_WAIT');
});

test('constructors: a choice without default is optional, a duration with one reads its default', () => {
  const optional = choice('x', ['a', 'b'] as const);
  assert.equal(optional.initial, undefined);
  assert.deepEqual(optional.read('B', undefined), { ok: true, value: 'b' });
  const timeout = duration('x', { min: '1s', max: '1m', default: '10s' });
  assert.equal(timeout.initial, 10_000);
  assert.deepEqual(timeout.read('999ms', 10_000), { ok: false });
  assert.deepEqual(timeout.read('61s', 10_000), { ok: false });
  // Its examples are values it takes: 500ms is below 1s, 2m above 1m.
  assert.match(timeout.accepts!, /from 1s to 1m with a unit \(ms, s, m, h\), e\.g\. 30s$/);
  assert.match(duration('x', { min: '1ms', max: '1h' }).accepts!, /e\.g\. 500ms, 30s, 2m$/);
});

test('an endpoint reads [host:]port, IPv6 literals in brackets, and leaves the host out when not given', () => {
  const spec = endpoint('where to listen');
  assert.deepEqual(spec.read('9464', undefined), { ok: true, value: { port: 9464 } });
  assert.deepEqual(spec.read('0.0.0.0:9464', undefined), { ok: true, value: { host: '0.0.0.0', port: 9464 } });
  assert.deepEqual(spec.read('[::1]:0', undefined), { ok: true, value: { host: '::1', port: 0 } });
  assert.deepEqual(spec.read('[::1]', undefined), { ok: false });
});

test('a time reads a date and time (UTC unless a zone is given) or a duration back from now', () => {
  const spec = time('from when', { now: () => Date.parse('2026-11-24T14:00:00Z') });
  assert.deepEqual(spec.read('2026-11-24', undefined), { ok: true, value: Date.parse('2026-11-24T00:00:00Z') });
  assert.deepEqual(spec.read('2026-11-24 13:30', undefined), { ok: true, value: Date.parse('2026-11-24T13:30:00Z') });
  assert.deepEqual(spec.read('2026-11-24T14:30:05.5+01:00', undefined), { ok: true, value: Date.parse('2026-11-24T13:30:05.500Z') });
  assert.deepEqual(spec.read('90m', undefined), { ok: true, value: Date.parse('2026-11-24T12:30:00Z') });
  assert.deepEqual(spec.read('2026-02-30', undefined), { ok: false });
});
