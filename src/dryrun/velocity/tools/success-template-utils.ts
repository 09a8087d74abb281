import { parseJson } from '../../json/parse.js';
import { parseLenientJson } from '../../jsonpath/lenient-json.js';
import { writeJsonSmart } from '../../json/write.js';
import { NoSuchOverload } from '../methods/args.js';
import type { VValue } from '../values.js';
import { Tool, type ToolMethod, stringOf } from './tool.js';

function abbreviate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * `$successTemplateUtils.firstFromArray(json[, default])` (oracle policy; genesys-runtime.md §5.6):
 * the argument is parsed as JSON; a non-empty array gives its first element as JSON text
 * (json-smart LT_COMPRESS, the translation-value serializer); an empty array gives the default
 * verbatim, or empty text without one; a non-array gets the same treatment. The two fallbacks
 * add a warning with the oracle's wording. Null in gives null out. Like json-smart's permissive
 * parser, text after the first JSON value is ignored (`[0].[0]` reads as `[0]`).
 */
export class SuccessTemplateUtils extends Tool {
  readonly javaClass = 'com.genesys.integrations.SuccessTemplateUtils';
  protected readonly methods: ReadonlyMap<string, ToolMethod>;

  /** @param notes receives the fallback warnings. */
  constructor(notes: string[]) {
    super();
    const first: ToolMethod = (args) => {
      if (args.length !== 1 && args.length !== 2) throw new NoSuchOverload('one or two arguments');
      const json = args[0];
      if (json === undefined || json === null) return null;
      const hasDefault = args.length === 2;
      const text = stringOf(json);
      let parsed: unknown;
      try {
        parsed = parseJson(text);
      } catch {
        parsed = parseLenientJson(text.trim(), true);
      }
      if (Array.isArray(parsed) && parsed.length > 0) return writeJsonSmart(parsed[0]);
      const dflt: VValue | undefined = args[1];
      const fallback = hasDefault ? (dflt === undefined || dflt === null ? null : stringOf(dflt)) : '';
      if (!Array.isArray(parsed)) {
        notes.push(`firstFromArray: argument is not a JSON array (${abbreviate(text)}); returned ${hasDefault ? 'the default' : 'empty text'} (policy)`);
      } else if (!hasDefault) {
        notes.push('firstFromArray: empty array and no default; returned empty text (policy)');
      }
      return fallback;
    };
    this.methods = new Map([['firstFromArray', first]]);
  }
}
