/**
 * Shapes of the dry run: a test case (input + recorded response), and the trace, shaped like
 * Genesys's `TestExecutionResult` (genesys-api.md §4.5, §6; genesys-runtime.md §2).
 */

/** A recorded HTTP response standing in for the remote call of step 8 ("Execute"). */
export interface RecordedResponse {
  /** HTTP status; 200 when omitted. */
  status?: number;
  headers?: Record<string, string>;
  /** The parsed JSON body. */
  body?: unknown;
  /** The raw body text, for non-JSON or byte-exact bodies; wins over `body`. */
  bodyText?: string;
}

/** What one dry run needs besides the definition. */
export interface DryRunCase {
  /** Execution input: a flat JSON object (the Test tab fields / the `/execute` body). */
  input: unknown;
  response: RecordedResponse;
  /** Integration credential fields, visible to templates as `$credentials`. */
  credentials?: Record<string, unknown>;
  /** The custom-auth action's output, visible to templates as `$authResponse`. */
  authResponse?: Record<string, unknown>;
}

/** What a fixture expects: the output, or a failure at a given step. */
export type FixtureExpectation =
  | { output: unknown }
  | { failure: { step: number; message?: string } };

/** One fixture test case, read from a file beside its definition. */
export interface Fixture extends DryRunCase {
  /** Case name, unique per definition. */
  name: string;
  /** Repository-relative path of the fixture file. */
  file: string;
  /** JSON pointer of the case inside its file ("" for a single-case file). */
  pointer: string;
  expect?: FixtureExpectation;
}

/** An error as Genesys reports it in a test operation (ErrorBody subset). */
export interface StepError {
  /** The Genesys-style message. */
  message: string;
  /** Detail code: `ACTION.PROCESSING`, `ACTION.REMOTE_ENDPOINT` or `ACTION.AUTHENTICATION`. */
  code: string;
  /** The underlying library/parser message, where there is one. */
  libraryMessage?: string;
}

/** One step of the trace (`TestExecutionOperationResult`). */
export interface OperationResult {
  step: number;
  name: string;
  success: boolean;
  result?: unknown;
  error?: StepError;
  /** Our addition: things Genesys accepts but that are likely mistakes. */
  warnings?: string[];
  /** Our addition: how the step worked it out (paths, sources, skipped parts), for reports. */
  details?: Record<string, unknown>;
}

/** The dry-run trace (`TestExecutionResult`). `operations` stops at the failed step. */
export interface TestExecutionResult {
  success: boolean;
  operations: OperationResult[];
  /** The parsed output of the success template, when step 10 succeeded. */
  finalResult?: unknown;
  error?: StepError & { step: number };
}

/** Options of the dry run (policies where Genesys' behaviour is unknown: oracle README). */
export interface DryRunOptions {
  /**
   * Make `$input` and `$credentials` visible to the success template. Default false: the
   * success-template context is the tools, the translation values and `rawResult`
   * (genesys-runtime.md §5.5; oracle option `successContextInput`).
   */
  successContextInput?: boolean;
  /** Evaluation step budget per template render (guards against runaway templates); default 2,000,000. */
  maxTemplateSteps?: number;
}

/** The ten step names of the Test tab, verbatim (genesys-runtime.md §2). */
export const STEP_NAMES = [
  'Validate request body contains simple json (key-value pairs)',
  'Validate draft definition',
  'Validate request body against simple input schema',
  'Perform authentication',
  'Resolve request URL template',
  'Resolve request header templates',
  'Resolve request body template',
  'Execute',
  'Resolve translation map',
  'Apply output transformation',
] as const;
