import { prepareBenchDatabase } from './generate.js';
const r = await prepareBenchDatabase({ dataDir: '/tmp/cpdev', count: 10000, seed: 20240601, now: new Date() });
console.log(r.generate.ms, r.slugs.length);
