import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder, found from wherever this code runs: src/ through tsx, or the bundle in
 * dist/ that `npm start` builds (docs/decisions/0010-bundled-start.md). Files that ship beside the
 * code (stylesheets, island sources, the clinic dictionary) are located from here, never from a
 * module's own URL, which differs between the two.
 */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'server.ts'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`ClinicPress cannot find its folder (package.json beside src/) above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

export const ROOT = findRoot();
export const SRC = path.join(ROOT, 'src');
