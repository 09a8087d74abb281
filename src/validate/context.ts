/** What every validation rule receives about one document. */
import type { SourceMap } from '../definitions/types.js';

export interface DocumentContext {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** The parsed JSON document. */
  doc: unknown;
  map: SourceMap;
}
