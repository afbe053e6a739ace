import type { SearchOutcome } from './search.service.js';

// Outcomes kept per process (each holds ten cut snippets): 3,000 took the server past its 300 MB
// memory floor in the benchmark (peak 315 MB), so the cache stays at 1,000 as before.
const RECENT = 1000;

/**
 * Recent outcomes, each valid for one content version: a popular query costs its index work once
 * per publish instead of once per visitor. Least recently used out first.
 */
export class RecentOutcomes {
  private readonly map = new Map<string, SearchOutcome>();

  async get(version: number, query: string, page: number, exact: boolean, compute: () => Promise<SearchOutcome>): Promise<SearchOutcome> {
    const key = `${version}\u0000${page}\u0000${exact ? 1 : 0}\u0000${query.trim()}`;
    let outcome = this.map.get(key);
    if (outcome) this.map.delete(key);
    else {
      outcome = await compute();
      if (this.map.size >= RECENT) this.map.delete(this.map.keys().next().value!);
    }
    this.map.set(key, outcome);
    return outcome;
  }
}
