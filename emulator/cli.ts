/**
 * `npm run emulator [-- --port N]`: starts the emulator with the default seed on 127.0.0.1
 * (port 8787 unless given) and runs until SIGINT/SIGTERM.
 */
import { pathToFileURL } from 'node:url';
import { createEmulator, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from './index.js';

/** The `--port N` / `--port=N` argument, or 8787. Throws Error on a malformed port. */
export function parsePort(argv: readonly string[]): number {
  let raw: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--port') raw = argv[i + 1];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  });
  if (raw === undefined) return 8787;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${raw}`);
  return port;
}

const HELP = `Usage: npm run emulator [-- --port N]

Starts the local Genesys Cloud API (login + /api/v2/integrations[/actions...]) on 127.0.0.1,
port 8787 unless given, with one OAuth client and one integration of each data-action type.
Point the CLI at it with:
  GENESYSCLOUD_OAUTHCLIENT_ID=${DEFAULT_CLIENT_ID} GENESYSCLOUD_OAUTHCLIENT_SECRET=${DEFAULT_CLIENT_SECRET} \\
    npm run cli -- plan examples/data-actions --api-base-url http://127.0.0.1:8787
`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const unknown = argv.filter((a, i) => a !== '--port' && !a.startsWith('--port=') && argv[i - 1] !== '--port');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}\n\n${HELP}`);
  const emulator = await createEmulator({ port: parsePort(argv) });
  const integrations = [...emulator.state.integrations.values()];
  process.stdout.write(
    [
      `Genesys Cloud emulator listening on ${emulator.url}`,
      `  login:  POST ${emulator.url}/oauth/token`,
      `  api:    ${emulator.url}/api/v2/integrations/actions`,
      `  client id:     ${DEFAULT_CLIENT_ID}`,
      `  client secret: ${DEFAULT_CLIENT_SECRET}   (the emulator's fixed demo value, not a real secret)`,
      ...integrations.map((i) => `  integration:   ${i.name} (${i.integrationType.id}) ${i.id}`),
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
