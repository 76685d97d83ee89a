/** Locates the package's own folder, from the TypeScript sources or the compiled dist/. */
import fs from 'node:fs';
import path from 'node:path';

export function packageRoot(start: string = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'plugin.manifest.json')) || dir.endsWith('dist')) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`plugin.manifest.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}
