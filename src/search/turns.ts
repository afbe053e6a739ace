/**
 * Runs index work one piece at a time, each in its own turn of the event loop. On SQLite a search
 * is synchronous work on the process's only thread: fifty searches arriving together used to run
 * back to back, and every other request on the process — a cached article, a booking — waited
 * behind all of them. Taking turns, other requests are answered between any two searches, so
 * they wait at most one search. Searches themselves finish in the same total time.
 */
export class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /**
   * `width`: how many run at once (1 on SQLite, where the work holds the thread; more on
   * PostgreSQL, where most of it is waiting for the server). `limit`: how many may wait; past it
   * a search is refused at once (the caller answers 429).
   */
  constructor(
    private readonly width = 1,
    private readonly limit = 1000,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.width) {
      if (this.waiting.length >= this.limit) throw new TurnsFull();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
      // Even the first search yields once, so requests already read are answered before it.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The next search starts in a later turn, after the I/O that arrived meanwhile.
      if (next) setImmediate(next);
      else this.running--;
    }
  }
}

export class TurnsFull extends Error {
  constructor() {
    super('too many searches waiting');
  }
}
