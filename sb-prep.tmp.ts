import { prepareBenchDatabase } from '/work/wt/search/bench/generate.ts';
const t0 = performance.now();
await prepareBenchDatabase({ dataDir: '/tmp/sb/data', count: 10000, seed: 20240601, now: new Date('2026-11-20T02:00:00Z') });
console.log('prepared in', Math.round(performance.now() - t0), 'ms');
