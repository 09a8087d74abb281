/**
 * What the request-side rules know about one definition: its request templates (which Genesys
 * renders and sends, genesys-runtime.md §3.1, §3.6), the input contract's properties, and the
 * facts that decide which rules apply (requestType, Content-Type).
 */
import { escapePointerToken } from '../../../definitions/json-source.js';

/** Which request field a template is. */
export type RequestTemplateKind = 'url' | 'header' | 'body';

/** One request template: where it is in the file, how messages name it, its text. */
export interface RequestTemplate {
  kind: RequestTemplateKind;
  /** JSON pointer of the template string in the definition file. */
  pointer: string;
  /** `requestUrlTemplate`, `header Content-Type`, `requestTemplate`. */
  name: string;
  text: string;
}

/** One property of `contract.input.inputSchema`. */
export interface InputProperty {
  name: string;
  /** The first `type` of the property schema; undefined when it declares none. */
  type?: string;
  /** The `enum` values, when the property lists them. */
  enumValues?: unknown[];
  /** True when `inputSchema.required` names the property. */
  required: boolean;
}

/** The request side of one structurally valid definition. */
export interface RequestSide {
  /** `config.request.requestType`, upper case as Genesys requires (GET, PUT, POST, PATCH, DELETE). */
  method: string;
  url: RequestTemplate;
  headers: RequestTemplate[];
  /**
   * `config.request.requestTemplate` when Genesys sends it: absent for GET, whose body Genesys
   * ignores (genesys-runtime.md §3.6), and when the field is missing (Genesys then sends
   * `${input.rawRequest}`, always valid JSON).
   */
  body?: RequestTemplate;
  /**
   * True when the body is JSON: the Content-Type header is absent or names a JSON media type
   * (the dry run's policy, genesys-runtime.md §10 step 7).
   */
  jsonBody: boolean;
  /** Input properties by name (own properties of `inputSchema.properties`). */
  inputs: Map<string, InputProperty>;
  /** True when `inputSchema.required` is present (as an array), even if empty. */
  declaresRequired: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The input properties of an `inputSchema` (any JSON value; nothing for a non-object). */
export function inputProperties(inputSchema: unknown): Map<string, InputProperty> {
  const out = new Map<string, InputProperty>();
  if (!isObj(inputSchema) || !isObj(inputSchema.properties)) return out;
  const required = new Set(Array.isArray(inputSchema.required) ? inputSchema.required.filter((r): r is string => typeof r === 'string') : []);
  for (const [name, schema] of Object.entries(inputSchema.properties)) {
    const prop: InputProperty = { name, required: required.has(name) };
    if (isObj(schema)) {
      const t = Array.isArray(schema.type) ? schema.type[0] : schema.type;
      if (typeof t === 'string') prop.type = t;
      if (Array.isArray(schema.enum) && schema.enum.length > 0) prop.enumValues = schema.enum;
    }
    out.set(name, prop);
  }
  return out;
}

/**
 * Reads the request side of a document that passed the structure rule (export or API shape:
 * `config.request` and `contract.input.inputSchema` at the same places).
 */
export function requestSideOf(doc: unknown): RequestSide {
  const d = doc as { config: { request: { requestUrlTemplate: string; requestType: string; headers?: Record<string, string>; requestTemplate?: unknown } }; contract?: { input?: { inputSchema?: unknown } } };
  const request = d.config.request;
  const headers = Object.entries(request.headers ?? {})
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([name, text]): RequestTemplate => ({ kind: 'header', pointer: `/config/request/headers/${escapePointerToken(name)}`, name: `header ${name}`, text }));
  const contentType = Object.entries(request.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const method = String(request.requestType).toUpperCase();
  const side: RequestSide = {
    method,
    url: { kind: 'url', pointer: '/config/request/requestUrlTemplate', name: 'requestUrlTemplate', text: request.requestUrlTemplate },
    headers,
    jsonBody: typeof contentType !== 'string' || /json/i.test(contentType),
    inputs: inputProperties(d.contract?.input?.inputSchema),
    declaresRequired: isObj(d.contract?.input?.inputSchema) && Array.isArray(d.contract.input.inputSchema.required),
  };
  if (method !== 'GET' && typeof request.requestTemplate === 'string') {
    side.body = { kind: 'body', pointer: '/config/request/requestTemplate', name: 'requestTemplate', text: request.requestTemplate };
  }
  return side;
}

/** Every template of the request side, URL first, then headers, then the body when sent. */
export function requestTemplates(side: RequestSide): RequestTemplate[] {
  return [side.url, ...side.headers, ...(side.body ? [side.body] : [])];
}

/** True for inputs whose values are text: `type` string, or no type at all. */
export function isTextInput(prop: InputProperty): boolean {
  return prop.type === undefined || prop.type === 'string';
}
