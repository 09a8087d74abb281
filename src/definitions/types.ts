/**
 * The data-action definition as this project models it, independent of the file format it was
 * read from (Genesys UI export JSON, API-shaped JSON, later the concise authoring format).
 *
 * Field names are the Genesys wire names of `/api/v2/integrations/actions`
 * (see ../shared/docs/genesys-api.md §4.1–§4.4 and §9).
 */

/** A JSON Schema document, treated as opaque JSON (Genesys contracts are draft-04). */
export type JsonSchema = Record<string, unknown>;

/** The HTTP methods Genesys accepts in `config.request.requestType` (genesys-api.md §4.2). */
export const REQUEST_TYPES = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** `config.request`: every string here except `requestType` is an Apache Velocity template. */
export interface RequestConfig {
  requestUrlTemplate: string;
  requestType: RequestType;
  /** Header name → Velocity template for its value. */
  headers: Record<string, string>;
  /** Body template; Genesys fills `${input.rawRequest}` when omitted (genesys-api.md §4.2). */
  requestTemplate?: string;
}

/** `config.response`: JSONPath translation map, verbatim JSON-text defaults, success template. */
export interface ResponseConfig {
  /** Output variable → Jayway JSONPath evaluated on the response body. */
  translationMap: Record<string, string>;
  /** Output variable → JSON text inserted verbatim when the path cannot be resolved. */
  translationMapDefaults: Record<string, string>;
  /** Velocity template producing the output JSON; Genesys uses `${rawResult}` when omitted. */
  successTemplate?: string;
}

/** `config`: request and response configuration plus the execution timeout (1–60 s). */
export interface ActionConfig {
  timeoutSeconds?: number;
  request: RequestConfig;
  response: ResponseConfig;
}

/** The write-side contract (`ActionContractInput`, genesys-api.md §4.3). */
export interface ActionContract {
  input: { inputSchema: JsonSchema };
  output: { successSchema: JsonSchema };
}

/**
 * One data action as the repository wants it to exist in the org.
 *
 * `name` is the deployable name: a UI export's " - Exported YYYY-MM-DD @ HH:MM" suffix is
 * removed (genesys-api.md §9), the raw name is kept in `exportedName`.
 */
export interface Definition {
  name: string;
  /** The name exactly as written in the file, when it differs from `name`. */
  exportedName?: string;
  /** Category for the action; when absent the deploy input `category` (or the integration name) is used. */
  category?: string;
  /** Integration type id, e.g. `custom-rest-actions`, `purecloud-data-actions` (genesys-api.md §8.1). */
  integrationType?: string;
  /** Integration id from an API-shaped file; deployment resolves the target integration per org. */
  integrationId?: string;
  /** `custom` or `customAuth` in UI exports. */
  actionType?: string;
  /** Whether the action is designed to accept sensitive data; immutable after publish. */
  secure: boolean;
  config: ActionConfig;
  contract: ActionContract;
}

/** The file formats a definition can be read from. */
export type DefinitionFormat = 'export' | 'api';

/** A 1-based line and column in a source file. Columns count UTF-16 code units. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** The span of one JSON value (or key) in its file. */
export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
  /** 0-based offsets into the file text, `end` exclusive. */
  offset: number;
  length: number;
}

/**
 * Maps RFC 6901 JSON pointers ("" is the document, "/config/request/requestType" a member)
 * to their places in the file text.
 */
export interface SourceMap {
  /** The range of the value at `pointer`, or undefined when the pointer does not exist. */
  value(pointer: string): SourceRange | undefined;
  /** The range of the member name at `pointer` (for object members only). */
  key(pointer: string): SourceRange | undefined;
  /**
   * The file position of character `index` (0-based, in the decoded string) of the JSON string
   * value at `pointer`, accounting for escapes such as `\"`, `\n`, `\u00e9`. Falls back to the
   * start of the value when the pointer is not a string.
   */
  positionInString(pointer: string, index: number): SourcePosition | undefined;
  /** The nearest existing ancestor's range, for pointers that do not exist (missing fields). */
  nearest(pointer: string): SourceRange;
  /** Converts a 0-based offset in the file text to a position. */
  positionAt(offset: number): SourcePosition;
}
