import fs from 'node:fs';

/**
 * Where pino writes: the lines of one turn of the event loop go out together in one synchronous
 * write at the end of that turn. Under load one write carries the lines of many requests; pino's
 * default writes each line on its own, and its asynchronous mode hands each line to the thread
 * pool — either cost more than the cached page itself (docs/decisions/0008). Nothing waits past
 * the turn, and what is pending is written before the process exits.
 */
export class TurnBufferedDestination {
  private lines: string[] = [];
  private bytes = 0;
  private scheduled = false;
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly fd: number,
    private readonly maxBytes = 1 << 20,
  ) {
    process.on('exit', () => this.flush());
  }

  write(line: string): void {
    this.lines.push(line);
    this.bytes += line.length;
    if (this.bytes >= this.maxBytes) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    if (!this.lines.length) return;
    const data = Buffer.from(this.lines.join(''));
    this.lines = [];
    this.bytes = 0;
    let offset = 0;
    // A pipe may take part of a write, or none for a moment (EAGAIN): keep going until all is out.
    while (offset < data.length) {
      try {
        offset += fs.writeSync(this.fd, data, offset);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        Atomics.wait(this.pause, 0, 0, 5);
      }
    }
  }
}
