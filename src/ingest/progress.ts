/** A one-line progress bar on stderr (files, facts), drawn only on a terminal and at most 10 times a second. */
export interface Progress {
  update(done: number, total: number, facts: number): void;
  /** Prints a line above the bar (a failure, a reconnect). */
  note(line: string): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, label = 'ingest'): Progress {
  const tty = stream.isTTY === true;
  let shown = false;
  let last = 0;
  let state = { done: 0, total: 0, facts: 0 };
  const draw = (): void => {
    const { done, total, facts } = state;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    stream.write(`\r\x1b[K${label} [${bar}] ${done}/${total} files · ${facts.toLocaleString('en')} facts`);
    shown = true;
  };
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    update(done, total, facts) {
      state = { done, total, facts };
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw();
    },
    note(line) {
      if (tty) clear();
      stream.write(`${line}\n`);
      if (tty && state.total > 0) draw();
    },
    done() {
      if (tty) clear();
    },
  };
}
