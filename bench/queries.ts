import { topics } from './fragments.js';

/**
 * Many different queries, so that a result cache (if the app grows one) cannot answer them all:
 * the 2,880 of the distinct-search run (bench/run.ts) and of bench/search-index.ts.
 */
export function distinctQueries(): string[] {
  const words = ['护理', '治疗', '防晒', '复诊', '儿童', '饮食', '脱屑', '瘙痒', '光疗', '微针', '白斑', '检查'];
  const names = topics.map((t) => t.name);
  const out = [...names];
  for (const a of names) for (const w of words) out.push(`${a} ${w}`);
  for (const a of names) for (const b of names) if (a !== b) out.push(`${a} ${b}`);
  return out;
}
