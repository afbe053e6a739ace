// Linearity shown without a wall clock, which a loaded machine breaks: the CPU time for 4N of an
// input is at most about four times that for N. Tests hold the ratio under 8: a quadratic case
// gives 16 (an exponential one far more), while noise on a loaded machine (collection, caches) was
// seen to push a linear case from 2 to 3.5 when only N and 2N were compared.

/**
 * CPU time (user + system, ms) of one call of f: calls are repeated until they take at least 40 ms
 * (a fast case is otherwise all clock grain and collector), and the least of `measures` such measures is
 * kept, so that a descheduled run or a collection says nothing about the code.
 */
export async function cpu<T>(f: () => T | Promise<T>, measures = 3): Promise<[T, number]> {
  let best = Infinity;
  let r!: T;
  let reps = 1;
  for (let i = 0; i < measures; ) {
    const t0 = process.cpuUsage();
    for (let k = 0; k < reps; k++) r = await f();
    const d = process.cpuUsage(t0);
    const ms = (d.user + d.system) / 1000;
    if (ms < 40 && reps < 1024) {
      reps *= 2;
      continue;
    }
    best = Math.min(best, ms / reps);
    i++;
  }
  return [r, best];
}

/** The CPU time for n over that for n/4, with the result for n and both times. */
export async function ratio<T>(n: number, f: (n: number) => T | Promise<T>, measures = 3): Promise<[T, number, number, number]> {
  const [, small] = await cpu(() => f(n / 4), measures);
  const [r, big] = await cpu(() => f(n), measures);
  return [r, big / small, small, big];
}

/** `unit` repeated to exactly n characters. */
export const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
