import { createHash } from 'node:crypto';
import path from 'node:path';
import { build, stop } from 'esbuild';
import { SRC } from '../paths.js';

export interface Island {
  code: string;
  etag: string;
}

/**
 * Bundles the small client scripts at start-up (esbuild takes milliseconds), so there is no build
 * step to forget and the served code always matches the source.
 */
export async function buildIslands(featureIslands: Record<string, string> = {}): Promise<Map<string, Island>> {
  building++;
  try {
    return await bundleIslands(featureIslands);
  } finally {
    // esbuild builds in a child process that would otherwise live as long as the server (~100 MB
    // after a build). Stopped once no build of this process is under way; a later build starts it again.
    if (--building === 0) await stop();
  }
}

let building = 0;

async function bundleIslands(featureIslands: Record<string, string>): Promise<Map<string, Island>> {
  // Name → entry file under src/: the platform's own, then those features register.
  const entries: Record<string, string> = { editor: 'web/islands/editor.ts', 'search-suggest': 'web/islands/search-suggest.ts', ...featureIslands };
  const out = new Map<string, Island>();
  for (const [name, file] of Object.entries(entries)) {
    const result = await build({
      entryPoints: [path.join(SRC, file)],
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
