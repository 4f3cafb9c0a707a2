import type { LoggerService } from '@nestjs/common';
import { requestContext } from './request-context.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
export type LogLevel = keyof typeof LEVELS;

/**
 * One JSON object per line on stdout, with the request's correlation id when there is one. Never logs a
 * request body: a ballot must not reach a log.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  ) {}

  log(message: unknown, context?: string): void {
    this.emit('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.emit('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }

  /** A structured entry: `{ level, msg, ...fields }`. */
  entry(fields: Record<string, unknown> & { level?: LogLevel; msg: string }): void {
    const { level = 'info', ...rest } = fields;
    if (LEVELS[level] < LEVELS[this.level]) return;
    const correlationId = requestContext.getStore()?.correlationId;
    this.write(
      JSON.stringify({ time: new Date().toISOString(), level, ...(correlationId ? { correlationId } : {}), ...rest }),
    );
  }

  private emit(level: LogLevel, message: unknown, context?: string, trace?: string): void {
    const msg =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.entry({ level, msg, ...(context ? { context } : {}), ...(trace ? { trace } : {}) });
  }
}
