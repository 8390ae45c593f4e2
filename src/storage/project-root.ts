import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder with package.json, whether we run from src/ (ts-jest, ts-node) or dist/src/ (compiled). */
export function projectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}
