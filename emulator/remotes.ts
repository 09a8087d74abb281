/**
 * The pluggable fake for the remote HTTP call a data action makes (step 8 "Execute",
 * genesys-runtime.md §2, §4): resolved method + URL → recorded response.
 */
import type { RecordedResponse } from '../src/dryrun/types.js';
import type { RemoteMatcher } from './types.js';

interface Entry {
  matcher: RemoteMatcher;
  response: RecordedResponse;
}

/** Registered fake responses; a later `set` with an equal matcher replaces the earlier one. */
export class RemoteRegistry {
  private entries: Entry[] = [];

  /**
   * Answers calls matching `matcher` with `response`. A string `url` must equal the resolved
   * URL exactly (for `purecloud-data-actions` that is the relative `/api/v2/…` path);
   * a RegExp is tested against it. `method` (any case) restricts the match when given.
   */
  set(matcher: RemoteMatcher, response: RecordedResponse): void {
    const same = (m: RemoteMatcher): boolean =>
      (m.method ?? '').toUpperCase() === (matcher.method ?? '').toUpperCase() && String(m.url) === String(matcher.url);
    this.entries = this.entries.filter((e) => !same(e.matcher));
    this.entries.push({ matcher: { ...matcher }, response: structuredClone(response) });
  }

  /** The response for a call, most recently registered match first; undefined when none. */
  find(method: string, url: string): RecordedResponse | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const { matcher, response } = this.entries[i]!;
      if (matcher.method && matcher.method.toUpperCase() !== method.toUpperCase()) continue;
      const hit = typeof matcher.url === 'string' ? matcher.url === url : new RegExp(matcher.url.source, matcher.url.flags.replace('g', '')).test(url);
      if (hit) return structuredClone(response);
    }
    return undefined;
  }

  /** Removes every registered response. */
  clear(): void {
    this.entries = [];
  }
}
