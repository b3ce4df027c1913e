/**
 * Writes to stdout with back-pressure, and notices when the reader has gone (`| head`), so a
 * long run stops quietly instead of buffering without bound or dying on EPIPE.
 */
export interface OutputStream {
  /** Resolves to false once the reader has gone; the caller should stop producing. */
  write(chunk: string): Promise<boolean>;
  readonly closed: boolean;
}

export function outputStream(stream: NodeJS.WriteStream = process.stdout): OutputStream {
  let closed = false;
  stream.on('error', () => {
    // EPIPE and its kin: nobody is reading any more.
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (closed) return false;
      if (stream.write(chunk)) return true;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
      return !closed;
    },
  };
}
