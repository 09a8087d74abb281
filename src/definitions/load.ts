/**
 * Load stage: file bytes → parsed JSON with a source map, plus findings for problems at the file
 * level (encoding, size, syntax, BOM, duplicate keys). Pure: reading from disk happens in
 * {@link readFileBytes}, the only I/O of this module.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../validate/finding.js';
import { findingAt } from '../validate/locate.js';
import { parseJsonSource, type JsonSource } from './json-source.js';

/** Largest definition or fixture file read, in bytes (1 MiB; real definitions are a few KB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file after loading: its JSON (when it parsed) and the file-level findings. */
export interface LoadedDocument {
  file: string;
  source?: JsonSource;
  findings: Finding[];
}

/** Reads a repository file; returns an Error instead of throwing. */
export async function readFileBytes(root: string, file: string): Promise<Uint8Array | Error> {
  try {
    return await readFile(path.join(root, file));
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Decodes and parses one file. Never throws: every problem becomes a located finding with the
 * rule ids `file-unreadable`, `file-too-large`, `file-encoding`, `json-syntax`, `json-bom` or
 * `json-duplicate-key`. `source.ok` tells whether a document was parsed.
 */
export function loadDocument(file: string, bytes: Uint8Array | Error): LoadedDocument {
  if (bytes instanceof Error) {
    return { file, findings: [findingAt('file-unreadable', file, undefined, {}, `The file cannot be read: ${bytes.message}`)] };
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mib = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return {
      file,
      findings: [findingAt('file-too-large', file, undefined, {}, `The file is ${mib} MiB; files over 1 MiB are not read.`, { hint: 'Check that this is a data-action definition and not a data dump.' })],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      file,
      findings: [findingAt('file-encoding', file, undefined, {}, `The file is not valid UTF-8 (first bad byte at offset ${at}).`, { hint: 'Save the file as UTF-8.' })],
    };
  }
  const source = parseJsonSource(text);
  const findings: Finding[] = [];
  for (const p of source.problems) {
    const target = { offset: { offset: p.offset, length: p.length } };
    if (p.kind === 'bom') findings.push(findingAt('json-bom', file, source.map, target, p.message, { hint: 'Save the file as UTF-8 without BOM.' }));
    else if (p.kind === 'duplicate-key') findings.push(findingAt('json-duplicate-key', file, source.map, target, p.message, { hint: 'Remove one of the two entries.' }));
    else findings.push(findingAt('json-syntax', file, source.map, target, p.message));
  }
  // Report only the first syntax error: later ones are usually consequences of the first.
  const firstSyntax = findings.findIndex((f) => f.ruleId === 'json-syntax');
  const kept = findings.filter((f, i) => f.ruleId !== 'json-syntax' || i === firstSyntax);
  return { file, source, findings: kept };
}

/** Offset of the first byte that makes the prefix invalid UTF-8 (binary search over prefixes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const prefixValid = (end: number) => {
    try {
      // stream: true tolerates a sequence cut at the end of the prefix; invalid bytes still throw.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.byteLength;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prefixValid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
