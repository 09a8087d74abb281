/**
 * The hidden marker that opens every PR comment of this tool:
 * `<!-- genesys-data-actions:<key> {json metadata} -->`. It lets a later run find its own comment
 * (keyed per environment/label so matrix legs do not collide) and read what it said
 * (github-action-conventions.md §3.1 dflook pattern, §3.4 per-key markers).
 */
import { TOOL_NAME } from './labels.js';
import type { Mode, RunCounts, RunReport } from './types.js';

/** Version of the marker's metadata format. */
export const MARKER_VERSION = 1;

/** What the marker records about the run that wrote the comment. */
export interface CommentMetadata {
  /** Marker format version (`MARKER_VERSION`). */
  version: number;
  /** Tool version, when known. */
  tool?: string;
  mode: Mode;
  result: RunReport['result'];
  counts: RunCounts;
  hasChanges: boolean;
}

/**
 * Encodes a key for the marker: percent-encoding (so no space, `>` or quote), and a `-` that
 * precedes another `-` as `%2D`, so `--` (and thus `-->`) never appears. An empty key is
 * `default`.
 */
export function encodeMarkerKey(key: string): string {
  const k = key.trim() === '' ? 'default' : key.trim();
  return encodeURIComponent(k).replace(/-(?=-)/g, '%2D');
}

/**
 * The marker's fixed start for a key, `<!-- genesys-data-actions:<encoded key> `; a comment is
 * ours for this key when its body starts with this text. The trailing space keeps `prod` from
 * matching `prod-eu`.
 */
export function markerPrefix(key: string): string {
  return `<!-- ${TOOL_NAME}:${encodeMarkerKey(key)} `;
}

/**
 * The full marker line. The JSON is made comment-safe: `<` and `>` become `\u003c`/`\u003e` and a
 * `-` followed by `-` becomes `\u002d` (only possible inside JSON strings), so the metadata can
 * never end the HTML comment early (`-->`, `--!>`) and still parses as the same JSON.
 */
export function renderMarker(key: string, metadata: CommentMetadata): string {
  const json = JSON.stringify(metadata)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
  return `${markerPrefix(key)}${json} -->`;
}

/**
 * Reads the marker at the start of a comment body. Returns the decoded key and metadata, or
 * undefined when the body does not start with a marker of this tool or its JSON does not parse.
 */
export function parseMarker(body: string): { key: string; metadata: CommentMetadata } | undefined {
  const m = /^<!-- ([^\s:]+):(\S+) (\{.*?\}) -->/.exec(body);
  if (!m || m[1] !== TOOL_NAME) return undefined;
  try {
    return { key: decodeURIComponent(m[2]!), metadata: JSON.parse(m[3]!) as CommentMetadata };
  } catch {
    return undefined;
  }
}
