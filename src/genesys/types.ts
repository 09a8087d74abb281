/**
 * Wire shapes of the Genesys Cloud Platform API used by this project, named after the SDK
 * models (genesys-api.md §3.2, §3.3, §4, §8). The emulator and the client share them.
 */
import type { ActionConfig, JsonSchema } from '../definitions/types.js';

/** `ActionContract` as read back (`expand=contract`); `*Uri` and flattened fields are read-only. */
export interface ActionContractRead {
  input?: { inputSchema?: JsonSchema; inputSchemaUri?: string };
  output?: {
    successSchema?: JsonSchema;
    successSchemaUri?: string;
    errorSchema?: JsonSchema;
    errorSchemaUri?: string;
  };
}

/** `ActionConfig` as read back: templates may come back as URIs only (genesys-api.md §4.2). */
export interface ActionConfigRead {
  timeoutSeconds?: number;
  request?: Partial<ActionConfig['request']> & { requestTemplateUri?: string };
  response?: Partial<ActionConfig['response']> & { successTemplateUri?: string };
}

/** `Action` (GET/POST/PATCH responses, genesys-api.md §4.1). */
export interface Action {
  id: string;
  name: string;
  integrationId: string;
  category: string;
  version: number;
  secure: boolean;
  /** Only with `expand=contract`. */
  contract?: ActionContractRead;
  /** Only with `includeConfig=true`. */
  config?: ActionConfigRead;
  selfUri?: string;
}

/** `PostActionInput` (POST `/actions` and `/actions/drafts`, genesys-api.md §4.4). */
export interface PostActionInput {
  name: string;
  category: string;
  integrationId: string;
  secure?: boolean;
  config: ActionConfig;
  contract: { input: { inputSchema: JsonSchema }; output: { successSchema: JsonSchema } };
}

/** `UpdateDraftInput` (PATCH `/actions/{id}/draft`); `version` is the current draft version. */
export interface UpdateDraftInput {
  name?: string;
  category?: string;
  config?: ActionConfig;
  contract?: PostActionInput['contract'];
  secure?: boolean;
  version: number;
}

/** `PublishDraftInput` (POST `/actions/{id}/draft/publish`). */
export interface PublishDraftInput {
  version: number;
}

/** `DraftValidationResult` (GET `/actions/{id}/draft/validation`). */
export interface DraftValidationResult {
  valid: boolean;
  errors?: ErrorBody[];
}

/** `*EntityListing` paging envelope (genesys-api.md §3.2). */
export interface EntityListing<T> {
  entities?: T[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
  firstUri?: string;
  selfUri?: string;
  nextUri?: string;
  previousUri?: string;
  lastUri?: string;
}

/** `Integration` (genesys-api.md §8.2), the fields this project reads. */
export interface Integration {
  id: string;
  name: string;
  integrationType: { id: string; name?: string };
  intendedState?: string;
  selfUri?: string;
}

/** `ErrorBody` (genesys-api.md §3.3). Action-service variants use `errorCode`/`userMessage`. */
export interface ErrorBody {
  message?: string;
  code?: string;
  status?: number;
  contextId?: string;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  details?: Array<{ errorCode?: string; fieldName?: string; entityId?: string; entityName?: string }>;
  errors?: ErrorBody[];
  /** The help-center variant of the same fields. */
  userMessage?: string;
  errorCode?: string;
  correlationId?: string;
}

/** OAuth client-credentials token response (genesys-api.md §2). */
export interface TokenResponse {
  access_token: string;
  token_type?: string;
  /** Seconds. */
  expires_in: number;
}

/** OAuth error body of the login host (genesys-api.md §2; exact body UNCONFIRMED, both spellings read). */
export interface OAuthErrorBody {
  error?: string;
  description?: string;
  error_description?: string;
}

/** `TestExecutionOperationResult` as the API returns it (genesys-api.md §4.5, §6). */
export interface ActionTestOperationResult {
  step: number;
  name: string;
  success: boolean;
  result?: unknown;
  error?: ErrorBody;
}

/**
 * `TestExecutionResult` as the API returns it from `POST /actions/{id}/test` and
 * `/draft/test` (genesys-api.md §4.5, §6). The dry run's own trace type lives in
 * src/dryrun/types.ts; this is the wire shape with a full `ErrorBody`.
 */
export interface ActionTestExecutionResult {
  operations?: ActionTestOperationResult[];
  error?: ErrorBody;
  finalResult?: unknown;
  success: boolean;
}
