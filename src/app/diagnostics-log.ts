/** One failure or warning the pane met, shown in its Diagnostics section. */
export interface DiagnosticsEntry {
  /** ISO 8601. */
  at: string;
  level: 'warn' | 'error';
  message: string;
  /** Code, server code, request id and the like, as one line of text. */
  details?: string;
}

/** A small logger for failure paths only: keeps the entries for the pane and echoes them. */
export interface DiagnosticsLog {
  warn(message: string, details?: string): void;
  error(message: string, details?: string): void;
  entries(): readonly DiagnosticsEntry[];
  subscribe(listener: () => void): () => void;
  clear(): void;
}

export function createDiagnosticsLog(
  options: { echo?: Pick<Console, 'warn' | 'error'> | null; limit?: number; now?: () => Date } = {},
): DiagnosticsLog {
  const echo = options.echo === undefined ? console : options.echo;
  const limit = options.limit ?? 100;
  const now = options.now ?? (() => new Date());
  let list: DiagnosticsEntry[] = [];
  const listeners = new Set<() => void>();

  const notify = (): void => listeners.forEach((listener) => listener());

  const add = (level: DiagnosticsEntry['level'], message: string, details?: string): void => {
    const entry: DiagnosticsEntry = { at: now().toISOString(), level, message, details };
    list = [...list, entry].slice(-limit);
    echo?.[level](`[crm-tracker] ${message}${details ? ` (${details})` : ''}`);
    notify();
  };

  return {
    warn: (message, details) => add('warn', message, details),
    error: (message, details) => add('error', message, details),
    entries: () => list,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      list = [];
      notify();
    },
  };
}
