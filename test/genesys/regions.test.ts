import { describe, expect, it } from 'vitest';
import { baseUrlsFromOverride, resolveRegion } from '../../src/genesys/regions.js';

// The 18 rows of genesys-api.md §1: [SDK name, Terraform name, domain].
const TABLE: Array<[string | undefined, string, string]> = [
  ['us_east_1', 'us-east-1', 'mypurecloud.com'],
  ['us_east_2', 'us-east-2', 'use2.us-gov-pure.cloud'],
  ['us_west_2', 'us-west-2', 'usw2.pure.cloud'],
  ['ca_central_1', 'ca-central-1', 'cac1.pure.cloud'],
  ['eu_west_1', 'eu-west-1', 'mypurecloud.ie'],
  ['eu_west_2', 'eu-west-2', 'euw2.pure.cloud'],
  ['eu_central_1', 'eu-central-1', 'mypurecloud.de'],
  ['eu_central_2', 'eu-central-2', 'euc2.pure.cloud'],
  ['ap_south_1', 'ap-south-1', 'aps1.pure.cloud'],
  ['ap_northeast_1', 'ap-northeast-1', 'mypurecloud.jp'],
  ['ap_northeast_2', 'ap-northeast-2', 'apne2.pure.cloud'],
  ['ap_northeast_3', 'ap-northeast-3', 'apne3.pure.cloud'],
  ['ap_southeast_1', 'ap-southeast-1', 'apse1.pure.cloud'],
  ['ap_southeast_2', 'ap-southeast-2', 'mypurecloud.com.au'],
  ['sa_east_1', 'sa-east-1', 'sae1.pure.cloud'],
  ['me_central_1', 'me-central-1', 'mec1.pure.cloud'],
  ['mx_central_1', 'mx-central-1', 'mxc1.pure.cloud'],
  [undefined, 'eusc-de-east-1', 'edee1.eusc-pure.cloud'],
];

describe('resolveRegion', () => {
  it('covers the 18 rows of the region table', () => {
    expect(TABLE).toHaveLength(18);
  });

  for (const [sdk, terraform, domain] of TABLE) {
    const expected = { domain, apiBaseUrl: `https://api.${domain}`, loginBaseUrl: `https://login.${domain}` };
    const spellings = [terraform, domain, `api.${domain}`, `https://api.${domain}`, `https://api.${domain}/`, terraform.toUpperCase()];
    if (sdk) spellings.push(sdk);
    it(`resolves ${terraform} from ${spellings.length} spellings`, () => {
      for (const spelling of spellings) expect(resolveRegion(spelling)).toEqual(expected);
    });
  }

  it('rejects an unknown region and lists accepted names', () => {
    expect(() => resolveRegion('us-east-9')).toThrow(/Unknown Genesys Cloud region "us-east-9"/);
    expect(() => resolveRegion('us-east-9')).toThrow(/us_east_1 \/ us-east-1 \/ mypurecloud\.com/);
    expect(() => resolveRegion('example.com')).toThrow(/eusc-de-east-1 \/ edee1\.eusc-pure\.cloud/);
  });

  it('does not accept an SDK name for the region the SDKs lack', () => {
    expect(() => resolveRegion('eusc_de_east_1')).toThrow(/Unknown/);
  });
});

describe('baseUrlsFromOverride', () => {
  it('swaps api. for login. on the login host', () => {
    expect(baseUrlsFromOverride('https://api.example.test/')).toEqual({
      domain: 'example.test',
      apiBaseUrl: 'https://api.example.test',
      loginBaseUrl: 'https://login.example.test',
    });
  });

  it('keeps the port when swapping', () => {
    expect(baseUrlsFromOverride('https://api.example.test:8443').loginBaseUrl).toBe('https://login.example.test:8443');
  });

  it('serves login on the same origin otherwise (local emulator)', () => {
    expect(baseUrlsFromOverride('http://127.0.0.1:8787')).toEqual({
      domain: '127.0.0.1',
      apiBaseUrl: 'http://127.0.0.1:8787',
      loginBaseUrl: 'http://127.0.0.1:8787',
    });
  });

  it('drops a trailing /api/v2', () => {
    expect(baseUrlsFromOverride('http://localhost:8787/api/v2/').apiBaseUrl).toBe('http://localhost:8787');
  });

  it('refuses plain http off loopback and non-URLs', () => {
    expect(() => baseUrlsFromOverride('http://api.example.test')).toThrow(/must use https/);
    expect(() => baseUrlsFromOverride('not a url')).toThrow(/not a valid URL/);
    expect(() => baseUrlsFromOverride('ftp://api.example.test')).toThrow(/must use https/);
  });
});
