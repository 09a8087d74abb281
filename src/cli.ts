/**
 * The same pipeline from a terminal:
 *
 *   npm run cli -- [validate|plan|deploy] [PATH...] [options]
 *
 * PATHs are globs or folders relative to --root (default: the current directory); without one,
 * `data-actions/**`. Credentials come from options or the GENESYSCLOUD_* environment variables.
 * Exit status: 0 success or no-op, 1 failure, 2 usage error.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfigInputs } from './config/index.js';
import { InputError, parseInputs } from './inputs.js';
import { runPipeline } from './pipeline/run.js';
import { toJsonReport } from './report/json-report.js';
import { renderText } from './report/text.js';
import { writeFileInWorkspace } from './util/safe-write.js';
import { terminalSafe } from './util/terminal.js';
import { VERSION } from './version.js';

const USAGE = `Usage: npm run cli -- [validate|plan|deploy] [PATH...] [options]

  validate   check every definition and dry-run its fixtures, offline (the default)
  plan       also compare with the org and list what would change
  deploy     also create/update the actions (draft → publish) and verify them

PATHs are globs or folders relative to --root; default: data-actions/**.
Exit status: 0 success or nothing to do, 1 failure, 2 usage or configuration error.

Options:
  --root DIR             repository root the paths are relative to (default: the current folder)
  --region REGION        us-east-1, us_east_1 or mypurecloud.com (env GENESYSCLOUD_REGION)
  --client-id ID         OAuth client id (env GENESYSCLOUD_OAUTHCLIENT_ID)
  --client-secret SECRET OAuth client secret (env GENESYSCLOUD_OAUTHCLIENT_SECRET; prefer the env)
  --integration NAME     target integration name or id, or TYPE=NAME (repeatable)
  --category NAME        category of created actions
  --api-base-url URL     API base URL override (local emulator)
  --trace                print every dry-run step of every fixture case
  --live                 send each fixture's rendered request for real instead of using its recorded
                         response (relative /api/v2 URLs go to the org given by --region/--api-base-url)
  --config FILE          rule configuration to read instead of ROOT/.genesys-data-actions.yml
                         (FILE is relative to the current folder, like --json)
  --rule ID=SETTING      set a rule to error, warning, info or off (repeatable; wins over the file)
  --fail-on LEVEL        error (default), warning or never: which findings fail the run
  --json FILE            also write the JSON report to FILE
  --verbose              print progress lines
  -h, --help             this text
  --version              print the version
`;

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        region: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        integration: { type: 'string', multiple: true },
        category: { type: 'string' },
        'api-base-url': { type: 'string' },
        trace: { type: 'boolean' },
        live: { type: 'boolean' },
        json: { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command.
  const cwd = env.INIT_CWD ?? process.cwd();
  const root = path.resolve(cwd, values.root ?? '.');
  const jsonFile = values.json ? path.resolve(cwd, values.json) : undefined;
  if (values.config !== undefined && !existsSync(path.resolve(cwd, values.config))) {
    process.stderr.write(`--config ${values.config}: no such file (relative to ${cwd}).\n`);
    return 2;
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    process.stderr.write(`--root ${root} is not a folder.\n`);
    return 2;
  }
  const [first, ...rest] = positionals;
  const isMode = first === 'validate' || first === 'plan' || first === 'deploy';
  // A bare word that is neither a mode nor an existing path is a mistyped command, not a path.
  if (first !== undefined && !isMode && /^[a-z-]+$/i.test(first) && !existsSync(path.resolve(root, first))) {
    process.stderr.write(`Unknown command "${first}" (and no such path under ${root}).\n\n${USAGE}`);
    return 2;
  }
  const mode = isMode ? first : 'validate';
  const paths = isMode ? rest : positionals;
  const raw: Record<string, string> = {
    mode,
    path: paths.join('\n'),
    region: values.region ?? '',
    'client-id': values['client-id'] ?? '',
    'client-secret': values['client-secret'] ?? '',
    integration: (values.integration ?? []).join('\n'),
    category: values.category ?? '',
    'api-base-url': values['api-base-url'] ?? '',
    'dry-run': values.live ? 'live' : '',
    // relative to where the command was typed, like --json; the pipeline reads it below --root
    config: values.config !== undefined ? path.relative(root, path.resolve(cwd, values.config)) || values.config : '',
    rules: (values.rule ?? []).join('\n'),
    'fail-on': values['fail-on'] ?? '',
    // so that a JSON report inside the scanned folders is never read as a definition
    ...(jsonFile ? { 'report-file': path.relative(root, jsonFile) } : {}),
  };
  let inputs;
  try {
    const get = (name: string) => raw[name] ?? '';
    inputs = { ...parseInputs(get, env), ...parseConfigInputs(get) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  const log = values.verbose ? (m: string) => process.stderr.write(`${terminalSafe(m)}\n`) : undefined;
  const secrets = [inputs.clientSecret ?? ''].filter(Boolean);
  const onSecret = (v: string) => void secrets.push(v);
  const { report } = await runPipeline(inputs, { root, onSecret, ...(log ? { log } : {}) });
  process.stdout.write(terminalSafe(renderText(report, { trace: values.trace ?? false, redact: secrets })));
  if (jsonFile) {
    try {
      writeFileInWorkspace(cwd, jsonFile, JSON.stringify(toJsonReport(report, { version: VERSION, redact: secrets }), null, 2) + '\n');
    } catch (e) {
      process.stderr.write(`The JSON report could not be written to ${jsonFile}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  if (report.failureReason === 'configuration') return 2;
  return report.result === 'failure' ? 1 : 0;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]).replace(/\.[cm]?[jt]s$/, '') === path.resolve(import.meta.filename).replace(/\.[cm]?[jt]s$/, '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
