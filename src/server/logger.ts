export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];
type Fields = Record<string, unknown>;

export type Logger = Record<Exclude<LogLevel, 'silent'>, (message: string, fields?: Fields) => void>;

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON object per line, so any log shipper can read it. Callers never pass secrets or answers. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
) {
  const at =
    (messageLevel: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Fields = {}) => {
      if (order[messageLevel] < order[level]) return;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), level: messageLevel, message, ...fields })}\n`,
      );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } satisfies Logger;
}
