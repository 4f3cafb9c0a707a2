import 'reflect-metadata';
import { createHttpApp } from './http-app.js';
import { startRuntime } from './runtime.js';
import { loadConfig } from '../shared/config/app-config.js';
import { httpPortTaken, startupFailureLine } from '../shared/config/startup-failure.js';

/** `npm start`: the API on the embedded PostgreSQL (or DATABASE_URL), projections running, until a signal. */
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await startRuntime(config);
  const app = await createHttpApp(runtime);
  await app.listen({ port: config.port, host: config.host }).catch(async (error: unknown) => {
    await runtime.close();
    throw (error as { code?: string }).code === 'EADDRINUSE' ? httpPortTaken(config.port) : error;
  });
  if (config.startProjections) runtime.projections.start();
  runtime.logger.entry({
    msg: 'Charter is listening',
    url: `http://localhost:${config.port}`,
    docs: `http://localhost:${config.port}/api/docs`,
    eventStore: config.eventStore,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.entry({ msg: 'stopping', signal });
    await app.close();
    await runtime.close();
    runtime.logger.entry({ msg: 'stopped' });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // One sentence the operator can act on, never a stack trace (LOG_LEVEL=debug adds it for a bug report).
  process.stderr.write(`${startupFailureLine(error)}\n`);
  if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
