/**
 * The files an import reads: each path given, and every importable file in a
 * folder given (recursively, by name, skipping hidden entries). A path that
 * does not exist or cannot be read stops the import before anything is
 * stored, naming the path.
 */
import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { FORMAT_BY_EXTENSION } from './readers.js';

export class ImportPathError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`cannot read "${path}": ${detail}`);
    this.name = 'ImportPathError';
  }
}

export interface ExpandedPaths {
  files: string[];
  /** Files inside the folders given whose extension is not an import format. */
  ignored: string[];
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return (e as Error).message;
}

export async function expandPaths(paths: readonly string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };

  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    } catch (e) {
      throw new ImportPathError(dir, reason(e));
    }
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch((e: unknown) => {
        throw new ImportPathError(path, reason(e));
      });
      if (info.isDirectory()) await walk(path);
      else if (!info.isFile()) continue;
      else if (FORMAT_BY_EXTENSION[extname(name).toLowerCase()]) add(await readable(path));
      else ignored.push(path);
    }
  };

  for (const path of paths) {
    const info = await stat(path).catch((e: unknown) => {
      throw new ImportPathError(path, reason(e));
    });
    if (info.isDirectory()) await walk(path);
    else if (info.isFile()) add(await readable(path));
    else throw new ImportPathError(path, 'not a file or a folder');
  }
  return { files, ignored };
}

async function readable(file: string): Promise<string> {
  try {
    await access(file, constants.R_OK);
    return file;
  } catch (e) {
    throw new ImportPathError(file, reason(e));
  }
}
