// Ctrl-C and `kill` as an AbortSignal for the run: the library below never installs a signal handler itself.
export interface Interrupt {
  signal: AbortSignal;
  /** Stops listening (call when the command is done, so the next Ctrl-C ends the process as usual). */
  dispose(): void;
}

export function interruptOnSignals(): Interrupt {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}
