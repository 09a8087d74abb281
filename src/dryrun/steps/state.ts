import type { Definition } from '../../definitions/types.js';
import type { JsonObject, JsonValue } from '../json/model.js';
import type { DryRunCase, DryRunOptions } from '../types.js';

/**
 * What the steps hand to each other during one dry run. Fields are filled by the step that
 * owns them (noted per field) and read by later steps.
 */
export interface RunState {
  readonly definition: Definition;
  readonly testCase: DryRunCase;
  readonly options: DryRunOptions;
  /** Step 1: the execution input. */
  input: JsonObject;
  /** Step 2: the validated request type. */
  method: string;
  /** Step 2: header templates, translation map, defaults, success template (validated shapes). */
  headers: Record<string, string>;
  translationMap: Record<string, string>;
  translationMapDefaults: Record<string, JsonValue>;
  /** Step 6: the rendered Content-Type header, when there is one. */
  contentType: string | undefined;
  /** Step 8: the parsed response body and its json-smart re-serialization. */
  body: JsonValue;
  rawResult: string;
  /** Step 9: translation variable → JSON text. */
  values: Map<string, string>;
}
