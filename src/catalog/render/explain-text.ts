// The text view of an ExplainResult: what was recognised, then each errno's numbers, explanation, remedy and repro.
import pc from 'picocolors';
import type { ErrnoExplanation, ExplainRecognition, ExplainResult } from '../explain.js';
import type { Phase } from '../pattern.js';
import { PLATFORMS, type CallEffect, type SocketCall } from '../types.js';

type Paint = ReturnType<typeof pc.createColors>;

/** Options of the text view. */
export interface ExplainTextOptions {
  readonly color: boolean;
}

const CALLS_OF_PHASE: Readonly<Record<Phase, readonly SocketCall[]>> = {
  connect: ['connect'],
  read: ['read', 'poll'],
  write: ['write'],
  accept: ['accept'],
  dns: ['getaddrinfo'],
  close: ['close', 'shutdown'],
  unknown: [],
};

/** The compact numbers row: `linux 103 · alpha 53 · ... · windows 10053` (`-` where a platform lacks it). */
export function numbersRow(e: ErrnoExplanation): string {
  return PLATFORMS.map((p) => `${p} ${e.numbers[p] ?? '-'}`).join(' · ');
}

// Word-wraps to `width` columns; continuation lines get `hang` (defaults to `indent`).
function wrap(text: string, indent: string, hang = indent, width = 100): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const prefix = out.length === 0 ? indent : hang;
    if (line !== '' && prefix.length + line.length + word.length + 1 > width) {
      out.push(prefix + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push((out.length === 0 ? indent : hang) + line);
  return out.join('\n');
}

function recognitionLine(r: ExplainRecognition, p: Paint): string {
  const what = r.errno === null ? p.yellow('no errno') : p.bold(r.errno);
  const number = r.number === null ? '' : ` ${r.number} on ${r.platform}`;
  const call = r.call === null || r.call === r.phase ? '' : ` (${r.call})`;
  const peer = r.peer === null ? '' : ` · peer ${r.peer}`;
  const head = `  line ${r.line}: ${what}${number} · ${r.phase}${call}${peer} · ${p.dim(`${r.ecosystem} ${r.patternId}`)}`;
  return `${head}\n    ${p.dim(`"${r.matched}"`)}\n${wrap(r.note, '    ')}`;
}

// For text input, show the calls matching the phases seen; for a bare name, or when none match, show them all.
function relevantCalls(e: ErrnoExplanation): readonly CallEffect[] {
  const wanted = new Set(e.phases.flatMap((phase) => CALLS_OF_PHASE[phase]));
  const matching = e.entry.calls.filter((c) => wanted.has(c.call));
  return matching.length > 0 ? matching : e.entry.calls;
}

function errnoSection(e: ErrnoExplanation, recs: readonly ExplainRecognition[], p: Paint): string {
  const out: string[] = [];
  const number = e.number === null ? `not on ${e.platform}` : `${e.number} on ${e.platform}`;
  out.push(`${p.bold(p.red(e.name))} ${p.dim('—')} ${e.entry.message} (${number})`);
  out.push(`  ${numbersRow(e)}`);
  if (e.entry.aliasOf !== undefined) out.push(`  Another name for ${e.entry.aliasOf}.`);
  const platforms = [...new Set(recs.filter((r) => r.errno === e.name).map((r) => r.platform))];
  const on = platforms.length > 0 ? platforms.join(', ') : e.platform;
  if (e.phases.length > 0) out.push(`  Seen on ${on} in ${e.phases.join(', ')}${e.calls.length > 0 ? ` (call: ${e.calls.join(', ')})` : ''}`);
  out.push(wrap(e.entry.summary, '  '));
  for (const c of relevantCalls(e)) {
    out.push('', `  ${p.cyan(`${c.call}()`)} ${p.dim(`retry: ${c.retry}`)}`);
    out.push(wrap(`Cause: ${c.cause}`, '    ', '      '), wrap(`App sees: ${c.appSees}`, '    ', '      '), wrap(`${p.green('Remedy:')} ${c.remedy}`, '    ', '      '));
  }
  if (e.entry.linuxNotes.length > 0) {
    out.push('', `  ${p.bold('Linux notes')}`);
    for (const n of e.entry.linuxNotes) out.push(wrap(`- ${n.claim}`, '    ', '      '), wrap(p.dim(`source: ${n.source}`), '      '));
  }
  if (e.reproduce.length > 0) out.push('', ...e.reproduce.map((cmd) => `  Reproduce: ${p.cyan(cmd)}`));
  return out.join('\n');
}

/** Renders an ExplainResult as text for a terminal (colour only when asked). */
export function renderExplainText(result: ExplainResult, options: ExplainTextOptions): string {
  const p = pc.createColors(options.color);
  const parts: string[] = [];
  const recs = result.recognitions;
  if (recs.length > 0) {
    const lines = new Set(recs.map((r) => r.line)).size;
    parts.push(`Recognised ${recs.length} socket error${recs.length === 1 ? '' : 's'} on ${lines} line${lines === 1 ? '' : 's'}:\n${recs.map((r) => recognitionLine(r, p)).join('\n')}`);
  }
  if (result.input.truncated) parts.push(p.yellow('Input truncated: only the first 64 KiB of each line and the first 1000 recognitions are shown.'));
  for (const e of result.errnos) parts.push(errnoSection(e, recs, p));
  if (result.input.kind === 'number' && result.errnos.length > 1) {
    parts.unshift(`${result.input.query} on ${result.input.platform} is ${result.errnos.map((e) => e.name).join(' and ')}.`);
  }
  return `${parts.join('\n\n')}\n`;
}
