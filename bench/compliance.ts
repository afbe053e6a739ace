import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFields } from '../src/content/compliance-article.js';
import { checkText } from '../src/compliance/checker.js';
import { readCorpus } from '../src/compliance/eval.js';
import { articles } from '../src/demo/data/articles/index.js';

// `node --import tsx bench/compliance.ts`: how many megabytes (UTF-8) of Chinese text the
// compliance checker gets through per second. The demo articles (every field, checked one field
// at a time as the editor and the publish gate do) are repeated to at least 10 MB. A second figure
// mixes the labelled corpus in, so that the slower path (matches that need context and word
// segmentation) is measured too. Floor: 2 MB/s on the demo text.

export const COMPLIANCE_FLOOR_MB_S = 2;
const TARGET_BYTES = 10 * 1024 * 1024;

export interface ComplianceBench {
  bytes: number;
  ms: number;
  mbPerSecond: number;
  findings: number;
}

function run(texts: string[]): ComplianceBench {
  // Warm up: the segmenter's dictionaries load on first use, and the JIT settles.
  for (const t of texts.slice(0, 50)) checkText(t, { docType: 'kepu' });
  let bytes = 0;
  let findings = 0;
  let k = 0;
  const start = performance.now();
  while (bytes < TARGET_BYTES) {
    const t = texts[k++ % texts.length]!;
    bytes += Buffer.byteLength(t);
    findings += checkText(t, { docType: 'kepu' }).length;
  }
  const ms = performance.now() - start;
  return { bytes, ms, mbPerSecond: bytes / (1024 * 1024) / (ms / 1000), findings };
}

export function benchCompliance(): { demo: ComplianceBench; mixed: ComplianceBench } {
  const demoTexts = articles.flatMap((a) => articleFields(a).map((f) => f.text));
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = readCorpus(path.join(root, 'test', 'fixtures', 'compliance', 'corpus.tsv'));
  // The corpus sentences as paragraphs of one document per 40 sentences, between demo fields.
  const chunks: string[] = [];
  for (let i = 0; i < corpus.length; i += 40) chunks.push(corpus.slice(i, i + 40).map((r) => r.text).join('\n\n'));
  const mixed = demoTexts.flatMap((t, i) => (i % 3 === 0 && chunks.length ? [t, chunks[(i / 3) % chunks.length]!] : [t]));
  return { demo: run(demoTexts), mixed: run(mixed) };
}

function print(label: string, b: ComplianceBench): void {
  console.log(`${label.padEnd(28)} ${(b.bytes / 1024 / 1024).toFixed(1)} MB in ${(b.ms / 1000).toFixed(2)} s = ${b.mbPerSecond.toFixed(1)} MB/s (${b.findings} findings)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { demo, mixed } = benchCompliance();
  // bench/run.ts reads this line: the figure is measured in a process of its own.
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ demo, mixed }));
    process.exit(0);
  }
  console.log('Compliance checker throughput (UTF-8 Chinese text):');
  print('demo articles', demo);
  print('demo + labelled corpus', mixed);
  const ok = demo.mbPerSecond >= COMPLIANCE_FLOOR_MB_S;
  console.log(`floor ${COMPLIANCE_FLOOR_MB_S} MB/s on the demo articles: ${ok ? 'met' : 'MISSED'}`);
  process.exitCode = ok ? 0 : 1;
}
