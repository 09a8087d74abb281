/**
 * Genesys Cloud regions and the base URLs of their platform API and login (OAuth) hosts
 * (genesys-api.md §1).
 */

/** Where to send platform API calls and OAuth token requests for one org. */
export interface GenesysBaseUrls {
  /** The region domain, e.g. `mypurecloud.com`; for an override, its host without `api.`. */
  domain: string;
  /** `https://api.<domain>`, no trailing slash; API paths (`/api/v2/...`) are appended. */
  apiBaseUrl: string;
  /** `https://login.<domain>`, no trailing slash; `/oauth/token` is appended. */
  loginBaseUrl: string;
}

/** One row of the region table of genesys-api.md §1. */
export interface RegionInfo {
  /** SDK enum name (platform-client SDKs), e.g. `us_east_1`; absent for regions the SDKs lack. */
  sdkName?: string;
  /** Terraform provider `aws_region` name, e.g. `us-east-1`. */
  terraformName: string;
  domain: string;
}

/**
 * Every region of genesys-api.md §1: the 17 SDK regions (platform-client-sdk-python
 * `purecloud_region_hosts.py`) plus `eusc-de-east-1` from the Terraform provider `getRegionMap`.
 */
export const REGIONS: readonly RegionInfo[] = [
  { sdkName: 'us_east_1', terraformName: 'us-east-1', domain: 'mypurecloud.com' },
  { sdkName: 'us_east_2', terraformName: 'us-east-2', domain: 'use2.us-gov-pure.cloud' },
  { sdkName: 'us_west_2', terraformName: 'us-west-2', domain: 'usw2.pure.cloud' },
  { sdkName: 'ca_central_1', terraformName: 'ca-central-1', domain: 'cac1.pure.cloud' },
  { sdkName: 'eu_west_1', terraformName: 'eu-west-1', domain: 'mypurecloud.ie' },
  { sdkName: 'eu_west_2', terraformName: 'eu-west-2', domain: 'euw2.pure.cloud' },
  { sdkName: 'eu_central_1', terraformName: 'eu-central-1', domain: 'mypurecloud.de' },
  { sdkName: 'eu_central_2', terraformName: 'eu-central-2', domain: 'euc2.pure.cloud' },
  { sdkName: 'ap_south_1', terraformName: 'ap-south-1', domain: 'aps1.pure.cloud' },
  { sdkName: 'ap_northeast_1', terraformName: 'ap-northeast-1', domain: 'mypurecloud.jp' },
  { sdkName: 'ap_northeast_2', terraformName: 'ap-northeast-2', domain: 'apne2.pure.cloud' },
  { sdkName: 'ap_northeast_3', terraformName: 'ap-northeast-3', domain: 'apne3.pure.cloud' },
  { sdkName: 'ap_southeast_1', terraformName: 'ap-southeast-1', domain: 'apse1.pure.cloud' },
  { sdkName: 'ap_southeast_2', terraformName: 'ap-southeast-2', domain: 'mypurecloud.com.au' },
  { sdkName: 'sa_east_1', terraformName: 'sa-east-1', domain: 'sae1.pure.cloud' },
  { sdkName: 'me_central_1', terraformName: 'me-central-1', domain: 'mec1.pure.cloud' },
  { sdkName: 'mx_central_1', terraformName: 'mx-central-1', domain: 'mxc1.pure.cloud' },
  { terraformName: 'eusc-de-east-1', domain: 'edee1.eusc-pure.cloud' },
];

/** Base URLs of a known region domain (the SDKs' `api.`/`login.` host rule, genesys-api.md §1). */
function urlsForDomain(domain: string): GenesysBaseUrls {
  return { domain, apiBaseUrl: `https://api.${domain}`, loginBaseUrl: `https://login.${domain}` };
}

/** Reduces `https://api.mypurecloud.com/` or `login.mypurecloud.com` to `mypurecloud.com`. */
function bareDomain(text: string): string {
  let host = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/\.$/, '');
  return host.replace(/^(api|login)\./, '');
}

/**
 * Resolves a region given by SDK name (`us_east_1`), Terraform name (`us-east-1`,
 * `eusc-de-east-1`) or domain (`mypurecloud.com`; `api.mypurecloud.com` and
 * `https://api.mypurecloud.com` are tolerated), case-insensitively, to its base URLs.
 *
 * @throws Error naming the input and listing every accepted name when the region is unknown.
 */
export function resolveRegion(region: string): GenesysBaseUrls {
  const text = region.trim().toLowerCase();
  const byName = REGIONS.find((r) => r.sdkName === text || r.terraformName === text);
  if (byName) return urlsForDomain(byName.domain);
  const domain = bareDomain(text);
  const byDomain = REGIONS.find((r) => r.domain === domain);
  if (byDomain) return urlsForDomain(byDomain.domain);
  const accepted = REGIONS.map((r) => [r.sdkName, r.terraformName, r.domain].filter(Boolean).join(' / '));
  throw new Error(
    `Unknown Genesys Cloud region "${region.trim()}". Use one of: ${accepted.join('; ')}.`,
  );
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Base URLs from an explicit API base URL (the `api-base-url` input, e.g. a local emulator).
 * When the host starts with `api.`, the login host swaps it for `login.` (the SDK rule of
 * genesys-api.md §1); otherwise the login API is served on the same origin. A trailing `/` or
 * `/api/v2` is removed. Plain `http:` is accepted for loopback hosts only, so credentials never
 * travel unencrypted to another machine.
 *
 * @throws Error when the URL cannot be parsed, is not http(s), or uses http off loopback.
 */
export function baseUrlsFromOverride(apiBaseUrl: string): GenesysBaseUrls {
  let url: URL;
  try {
    url = new URL(apiBaseUrl.trim());
  } catch {
    throw new Error(`api-base-url "${apiBaseUrl}" is not a valid URL (expected e.g. https://api.mypurecloud.com).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`api-base-url "${apiBaseUrl}" must use https.`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`api-base-url "${apiBaseUrl}" must use https (plain http is accepted for 127.0.0.1/localhost only).`);
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v2$/, '');
  const apiBase = `${url.origin}${path}`;
  if (url.hostname.startsWith('api.')) {
    const loginHost = `login.${url.host.slice('api.'.length)}`;
    return {
      domain: url.hostname.slice('api.'.length),
      apiBaseUrl: apiBase,
      loginBaseUrl: `${url.protocol}//${loginHost}`,
    };
  }
  return { domain: url.hostname, apiBaseUrl: apiBase, loginBaseUrl: apiBase };
}
