/**
 * Rule family "API limits": what the definition's integration type demands of it.
 *
 * - `integration-type`: `integrationType` names a Genesys Cloud data-action integration type
 *   (genesys-api.md §8.1). The plan picks the target integration by this id, so an unknown id
 *   finds none.
 * - `request-url-scheme`: a Web Services action (`custom-rest-actions`) calls an absolute
 *   `https://` URL (genesys-api.md §4.2, §8.1; genesys-runtime.md §3.4).
 * - `request-url-path`: a Genesys Cloud Data Actions action (`purecloud-data-actions`) calls the
 *   org's own Platform API with a path relative to it, `/api/v2/...` (genesys-api.md §4.2, §8.1, §9).
 *
 * Both URL rules look at the literal start of `requestUrlTemplate`: a template that starts with a
 * Velocity reference or directive (`${input.baseUrl}/x`, `${credentials.loginUrl}`) is only known
 * at run time and gets no finding.
 */
import type { Finding } from '../finding.js';
import { findingAt } from '../locate.js';
import type { DocumentContext } from '../context.js';
import { editDistance } from './unknown-keys.js';

/**
 * Integration type ids whose integrations hold data actions. Sources: genesys-api.md §8.1
 * (custom-rest-actions, purecloud-data-actions, function-data-actions, aws-lambda-data-actions);
 * the corpus (salesforce-datadip, 3 files); the Genesys Cloud DevOps Terraform integration
 * modules (zendesk-data-actions, microsoft-dynamics-data-actions). The Google and Adobe data
 * action integrations exist (help article "Request configuration for data actions",
 * https://help.mypurecloud.com/?p=138534) but their ids are not documented, which is why an
 * unknown id is a warning, not an error.
 */
export const DATA_ACTION_INTEGRATION_TYPES = [
  'custom-rest-actions',
  'purecloud-data-actions',
  'function-data-actions',
  'aws-lambda-data-actions',
  'salesforce-datadip',
  'zendesk-data-actions',
  'microsoft-dynamics-data-actions',
] as const;

/**
 * Names that look like integration types but are not: keys of a Genesys premium-app wizard that
 * map to the real ids (genesys-api.md §8.1), and the UI names of the two common integrations.
 */
const ALIASES: Record<string, string> = {
  'ws-data-actions': 'custom-rest-actions',
  'web-services-data-actions': 'custom-rest-actions',
  'web services data actions': 'custom-rest-actions',
  'gc-data-actions': 'purecloud-data-actions',
  'genesys-cloud-data-actions': 'purecloud-data-actions',
  'genesys cloud data actions': 'purecloud-data-actions',
};

/** The integration type a mistyped id most likely means, if any. */
function suggestType(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (ALIASES[lower]) return ALIASES[lower];
  return DATA_ACTION_INTEGRATION_TYPES.find((t) => t === lower || editDistance(t, lower) <= 3);
}

/** `integration-type`: an unknown or empty `integrationType`, or none at all and no `integrationId`. */
function checkIntegrationType(ctx: DocumentContext, doc: Record<string, unknown>): Finding[] {
  const type = doc.integrationType;
  if (type === undefined) {
    if (typeof doc.integrationId === 'string') return [];
    return [
      findingAt('integration-type', ctx.file, ctx.map, { pointer: '' }, 'The definition names no integrationType, so its request URL cannot be checked and the target integration must come from the "integration" input.', {
        hint: 'Add "integrationType": "custom-rest-actions" (Web Services) or "purecloud-data-actions" (Genesys Cloud Data Actions).',
        severity: 'info',
      }),
    ];
  }
  if (typeof type !== 'string' || (DATA_ACTION_INTEGRATION_TYPES as readonly string[]).includes(type)) return [];
  const suggestion = suggestType(type);
  const message =
    type.trim() === ''
      ? 'integrationType is empty; the plan cannot choose an integration by type.'
      : `integrationType "${type}" is not a Genesys Cloud data-action integration type; no integration of the org would receive this action.`;
  return [
    findingAt('integration-type', ctx.file, ctx.map, { pointer: '/integrationType' }, message, {
      hint: suggestion ? `Did you mean "${suggestion}"?` : `Data-action integration types: ${DATA_ACTION_INTEGRATION_TYPES.join(', ')}.`,
    }),
  ];
}

/** True when the template's value is only known at run time (it starts with `$` or `#`). */
function startsDynamic(template: string): boolean {
  return /^[$#]/.test(template);
}

const URL_POINTER = '/config/request/requestUrlTemplate';

/** `request-url-scheme` for Web Services actions. */
function checkWebServicesUrl(ctx: DocumentContext, url: string): Finding[] {
  if (startsDynamic(url) || /^https:\/\/[^\s/?#]/i.test(url)) return [];
  if (/^http:\/\/[^\s/?#]/i.test(url)) {
    return [
      findingAt('request-url-scheme', ctx.file, ctx.map, { pointer: URL_POINTER }, 'requestUrlTemplate uses plain http://; Web Services data actions are meant to call https:// endpoints, and the request (with any credentials in it) would travel unencrypted.', {
        hint: 'Use the https:// address of the service.',
        severity: 'warning',
      }),
    ];
  }
  const relative = url.startsWith('/');
  const message = relative
    ? `requestUrlTemplate "${clip(url)}" is a relative path; a Web Services (custom-rest-actions) data action needs an absolute https:// URL.`
    : `requestUrlTemplate "${clip(url)}" is not an absolute https:// URL; Genesys cannot send the request.`;
  return [
    findingAt('request-url-scheme', ctx.file, ctx.map, { pointer: URL_POINTER }, message, {
      hint: relative
        ? 'Write the full address (https://host/path). Relative /api/v2/... paths work only in a Genesys Cloud Data Actions (purecloud-data-actions) integration.'
        : 'Write the full address, e.g. https://api.example.com/path; replace any placeholder left from a template.',
    }),
  ];
}

/** `request-url-path` for Genesys Cloud Data Actions. */
function checkPlatformApiPath(ctx: DocumentContext, url: string): Finding[] {
  if (startsDynamic(url) || url.startsWith('/api/v2/')) return [];
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  const apiAt = url.indexOf('/api/v2/');
  const message = absolute
    ? `requestUrlTemplate "${clip(url)}" is an absolute URL; a Genesys Cloud Data Actions (purecloud-data-actions) action calls the org's Platform API with a path such as /api/v2/users.`
    : `requestUrlTemplate "${clip(url)}" is not a Platform API path; Genesys Cloud Data Actions (purecloud-data-actions) call paths that start with /api/v2/.`;
  const hint =
    absolute && apiAt > 0
      ? `Keep only the path: "${clip(url.slice(apiAt))}". The integration adds the org's API host and its credentials.`
      : absolute
        ? 'Use a Web Services (custom-rest-actions) integration to call other hosts.'
        : 'Start the path with /api/v2/ (see the Platform API reference).';
  return [findingAt('request-url-path', ctx.file, ctx.map, { pointer: URL_POINTER }, message, { hint })];
}

/** Shortens long URLs in messages. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Checks the integration type and, for the two integration types whose URL form is documented,
 * the start of `requestUrlTemplate`. Runs on structurally valid documents only.
 * @returns findings of rules `integration-type`, `request-url-scheme` (an `http://` URL is a
 *   warning, other non-https URLs an error) and `request-url-path`.
 */
export function checkApiLimits(ctx: DocumentContext): Finding[] {
  const doc = ctx.doc as Record<string, unknown> & { config: { request: { requestUrlTemplate: string } } };
  const findings = checkIntegrationType(ctx, doc);
  const url = doc.config.request.requestUrlTemplate;
  if (doc.integrationType === 'custom-rest-actions') findings.push(...checkWebServicesUrl(ctx, url));
  else if (doc.integrationType === 'purecloud-data-actions') findings.push(...checkPlatformApiPath(ctx, url));
  return findings;
}
