/**
 * Reading the config file from the repository: the I/O edge of rule configuration.
 */
import path from 'node:path';
import { readFileBytes } from '../definitions/load.js';
import { DEFAULT_CONFIG_FILE, parseConfiguration, type ParsedConfiguration } from './parse.js';
import { EMPTY_CONFIGURATION } from './types.js';

/** The config file could not be used at all (named but missing, unreadable, outside the repository). */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/** A loaded configuration and the repository-relative path it came from (undefined: none). */
export interface LoadedConfiguration extends ParsedConfiguration {
  file?: string;
}

/**
 * Loads the configuration of a run from `root`. `named` is the `config` input (relative to
 * `root`, or absolute inside it): when given, the file must exist. Without it,
 * `.genesys-data-actions.yml` at the root is read when present, and its absence is an empty
 * configuration. The file is read like definitions are (no symbolic links, at most 1 MiB,
 * UTF-8); a BOM is ignored.
 *
 * @throws ConfigFileError when a named file is missing, or any config file cannot be read.
 */
export async function loadConfiguration(root: string, named?: string): Promise<LoadedConfiguration> {
  const wanted = named?.trim() ? named.trim() : DEFAULT_CONFIG_FILE;
  const rel = path.relative(root, path.resolve(root, wanted)).split(path.sep).join('/');
  if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) {
    throw new ConfigFileError(`The config file ${wanted} is outside the repository (${root}).`);
  }
  const bytes = await readFileBytes(root, rel);
  if (bytes instanceof Error) {
    const missing = (bytes as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !named?.trim()) return { configuration: EMPTY_CONFIGURATION, findings: [] };
    throw new ConfigFileError(missing ? `The config file ${rel} named by the "config" input does not exist.` : `The config file ${rel} cannot be read: ${bytes.message}.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigFileError(`The config file ${rel} is not UTF-8 text.`);
  }
  return { ...parseConfiguration(rel, text), file: rel };
}
