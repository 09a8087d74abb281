/**
 * Load stage: file bytes → parsed JSON with a source map, plus findings for problems at the file
 * level (encoding, size, syntax, BOM, duplicate keys). Pure: reading from disk happens in
 * {@link readFileBytes}, the only I/O of this module.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
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

/**
 * Reads a repository file safely; returns an Error instead of throwing. Pull requests control the
 * repository, so a symbolic link (which could point at /etc/passwd, /proc/self/environ or
 * /dev/zero) and anything that is not a regular file are refused, and at most
 * {@link MAX_FILE_BYTES} + 1 bytes are read (the size check then reports the file as too large).
 */
export async function readFileBytes(root: string, file: string): Promise<Uint8Array | Error> {
  let handle;
  try {
    const full = path.resolve(root, file);
    const [realRoot, realDir] = await Promise.all([realpath(root), realpath(path.dirname(full))]);
    const rel = path.relative(realRoot, realDir);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return new Error('its folder is a symbolic link leading outside the repository, which is not followed');
    handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = await handle.stat();
    if (!info.isFile()) return new Error('it is not a regular file');
    const size = Math.min(info.size, MAX_FILE_BYTES + 1);
    const buffer = new Uint8Array(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return info.size > MAX_FILE_BYTES ? new FileTooLarge(info.size) : buffer.subarray(0, bytesRead);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ELOOP' || err.code === 'EMLINK') return new Error('it is a symbolic link, and links are not followed (they could point outside the repository)');
    return e instanceof Error ? e : new Error(String(e));
  } finally {
    await handle?.close();
  }
}

/** A file over {@link MAX_FILE_BYTES}, detected from its size before reading it. */
export class FileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  }
}

/**
 * Decodes and parses one file. Never throws: every problem becomes a located finding with the
 * rule ids `file-unreadable`, `file-too-large`, `file-encoding`, `json-syntax`, `json-bom` or
 * `json-duplicate-key`. `source.ok` tells whether a document was parsed.
 */
export function loadDocument(file: string, bytes: Uint8Array | Error): LoadedDocument {
  if (bytes instanceof Error && !(bytes instanceof FileTooLarge)) {
    return { file, findings: [findingAt('file-unreadable', file, undefined, {}, `The file cannot be read: ${bytes.message}.`)] };
  }
  const size = bytes instanceof FileTooLarge ? bytes.bytes : bytes.byteLength;
  if (bytes instanceof FileTooLarge || size > MAX_FILE_BYTES) {
    const mib = (size / 1024 / 1024).toFixed(1);
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
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).replace(/^\uFEFF/, '');
    const lines = before.split(/\r\n|\r|\n/);
    const finding = findingAt('file-encoding', file, undefined, {}, `The file is not valid UTF-8 (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}).`, {
      hint: 'Save the file as UTF-8 (it may be Latin-1 or UTF-16).',
    });
    finding.line = lines.length;
    finding.column = lines[lines.length - 1]!.length + 1;
    return { file, findings: [finding] };
  }
  const source = parseJsonSource(text);
  const findings: Finding[] = [];
  for (const p of source.problems) {
    const target = { offset: { offset: p.offset, length: p.length } };
    if (p.kind === 'bom') findings.push(findingAt('json-bom', file, source.map, target, p.message, { hint: 'Save the file as UTF-8 without BOM.' }));
    else if (p.kind === 'too-deep') findings.push(findingAt('json-too-deep', file, source.map, target, p.message));
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
  // `lo` may end inside a multi-byte sequence that the next byte breaks: report the sequence start.
  let start = lo;
  while (start > 0 && lo - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
  const lead = bytes[start - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (start - 1 + length > lo) return start - 1;
  }
  return lo;
}
