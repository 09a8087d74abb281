/**
 * Writes a file that a pull request could have prepared as a trap: the target must not be a
 * symbolic link (the write would land wherever it points, e.g. a script a later step runs), and
 * when the path is relative to the workspace, its folder must really be inside the workspace.
 */
import { constants, mkdirSync, openSync, closeSync, realpathSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` (absolute, or relative to `workspace`), creating parent folders.
 * Returns the absolute path written.
 * @throws Error when the folder leads outside the workspace or the target is a symbolic link.
 */
export function writeFileInWorkspace(workspace: string, file: string, text: string): string {
  const target = path.resolve(workspace, file);
  mkdirSync(path.dirname(target), { recursive: true });
  if (!path.isAbsolute(file)) {
    const rel = path.relative(realpathSync(workspace), realpathSync(path.dirname(target)));
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`${file} leads outside the workspace through a symbolic link`);
  }
  let fd: number;
  try {
    fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new Error(`${file} is a symbolic link; it was not followed`);
    throw e;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return target;
}
