// A progress line on stderr for long operations: redrawn in place on a terminal, a line per tenth
// of the work (and per phase) when stderr is a file or a pipe, nothing when silent.

export interface Progress {
  phase(name: string): void;
  /** `done` of `total` bytes (total 0: unknown). */
  update(done: number, total: number): void;
  end(): void;
}

export const silentProgress: Progress = { phase() {}, update() {}, end() {} };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY;
  let name = '';
  let lastTenth = -1;
  let lastDraw = 0;
  let open = false;
  const line = (done: number, total: number) => {
    if (!total) return `${name}: ${mb(done)}`;
    const pct = Math.min(100, Math.floor((done / total) * 100));
    const width = 24;
    const fill = Math.round((pct / 100) * width);
    return `${name}: [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${String(pct).padStart(3)}% ${mb(done)} / ${mb(total)}`;
  };
  return {
    phase(n) {
      if (open && tty) stream.write('\n');
      open = false;
      name = n;
      lastTenth = -1;
      if (!tty) stream.write(`${n}…\n`);
    },
    update(done, total) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${line(done, total)}\x1b[K`);
        open = true;
      } else if (total) {
        const tenth = Math.floor((done / total) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          stream.write(`${line(done, total)}\n`);
        }
      }
    },
    end() {
      if (open && tty) stream.write('\n');
      open = false;
    },
  };
}
