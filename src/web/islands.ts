import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import { SRC } from '../paths.js';

export interface Island {
  code: string;
  etag: string;
}

/**
 * Bundles the small client scripts at start-up (esbuild takes milliseconds), so there is no build
 * step to forget and the served code always matches the source.
 */
export async function buildIslands(): Promise<Map<string, Island>> {
  const names = ['editor', 'questions-urgent', 'search-suggest'];
  const out = new Map<string, Island>();
  for (const name of names) {
    const result = await build({
      entryPoints: [path.join(SRC, 'web', 'islands', `${name}.ts`)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2020',
      write: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
    });
    const code = result.outputFiles[0]!.text;
    out.set(`${name}.js`, { code, etag: `"${createHash('sha256').update(code).digest('hex').slice(0, 16)}"` });
  }
  return out;
}
