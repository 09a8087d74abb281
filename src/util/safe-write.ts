/**
 * Writes a file that a pull request could have prepared as a trap: the target must not be a
 * symbolic link (the write would land wherever it points, e.g. a script a later step runs), and
 * when the path is relative to the workspace, it and its folder must really be inside the
 * workspace (checked before any folder is created). An absolute path (e.g. the runner's temp
 * folder) is the workflow author's choice and is written as given, links still refused.
 */
import { closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` (absolute, or relative to `workspace`), creating parent folders.
 * Returns the absolute path written.
 * @throws Error when the folder leads outside the workspace or the target is a symbolic link.
 */
export function writeFileInWorkspace(workspace: string, file: string, text: string): string {
  const target = path.resolve(workspace, file);
  if (!path.isAbsolute(file)) {
    if (!inside(path.resolve(workspace), target)) throw new Error(`${file} is outside the workspace`);
    // Check the deepest existing folder before creating any: a linked folder must not receive new ones.
    const realWorkspace = realpathSync(workspace);
    if (!inside(realWorkspace, realpathSync(existingAncestor(path.dirname(target))))) throw new Error(`${file} leads outside the workspace through a symbolic link`);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!inside(realWorkspace, realpathSync(path.dirname(target)))) throw new Error(`${file} leads outside the workspace through a symbolic link`);
  } else {
    mkdirSync(path.dirname(target), { recursive: true });
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

function inside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

function existingAncestor(dir: string): string {
  let cur = dir;
  while (!existsSync(cur)) cur = path.dirname(cur);
  return cur;
}
