import type { Logger } from '../../src-main/core/ports.ts';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** A Logger that keeps every call, so a test can read what would have been written. */
export interface RecordingLogger extends Logger {
  entries: LogEntry[];
  /** Every entry as the JSON line a real logger would write. */
  lines(): string[];
}

export function createRecordingLogger(): RecordingLogger {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (message: string, fields?: Record<string, unknown>) => {
    entries.push({ level, message, fields });
  };
  return {
    entries,
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    lines: () => entries.map((entry) => JSON.stringify(entry)),
  };
}
