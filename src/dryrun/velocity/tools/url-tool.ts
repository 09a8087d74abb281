import { NoSuchOverload } from '../methods/args.js';
import type { VValue } from '../values.js';
import { uriEncode } from './escape-functions.js';
import { Tool, type ToolMethod, stringOf } from './tool.js';

/** The warning every use of `$urlTool.optionalQueryParam` adds to the step. */
export const OPTIONAL_QUERY_PARAM_POLICY =
  "$urlTool.optionalQueryParam: Genesys documents the name only; the dry run assumes '' for a null or empty value, else '&name=value' with both parts percent-encoded like $esc.uriEncode";

/**
 * `$urlTool`: a Genesys-only tool (genesys-runtime.md §3.7 and its "Open questions" 6: name
 * documented, behaviour unknown; the reference oracle does not provide it). Dry-run policy for
 * `optionalQueryParam(name, value)`: an empty string when `value` is null, undefined or empty;
 * otherwise `&` + uriEncode(name) + `=` + uriEncode(value) (RFC 3986, as `$esc.uriEncode`), so
 * that a URL template can append it after a fixed `?a=b`. Each call adds
 * {@link OPTIONAL_QUERY_PARAM_POLICY} to the step's warnings, since the format is assumed.
 */
export class UrlTool extends Tool {
  readonly javaClass = 'com.inin.integrations.UrlTool';
  protected readonly methods: ReadonlyMap<string, ToolMethod>;

  /** @param notes receives the policy warning (once per render). */
  constructor(notes: string[]) {
    super();
    const optionalQueryParam: ToolMethod = (args) => {
      if (args.length !== 2) throw new NoSuchOverload('two arguments expected');
      if (!notes.includes(OPTIONAL_QUERY_PARAM_POLICY)) notes.push(OPTIONAL_QUERY_PARAM_POLICY);
      const [name, value] = args as [VValue | undefined, VValue | undefined];
      if (value === undefined || value === null) return '';
      const text = stringOf(value);
      if (text === '') return '';
      return `&${uriEncode(name === undefined || name === null ? 'null' : stringOf(name))}=${uriEncode(text)}`;
    };
    this.methods = new Map<string, ToolMethod>([['optionalQueryParam', optionalQueryParam]]);
  }
}
