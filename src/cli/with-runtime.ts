import { type Runtime, startRuntime } from '../app/runtime.js';
import { loadConfig } from '../shared/config/app-config.js';
import { JsonLogger } from '../shared/logging/json-logger.js';

/** The same runtime as the server (embedded PostgreSQL or DATABASE_URL), quiet, closed afterwards. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await startRuntime(config, {
    logger: new JsonLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', (l) => process.stderr.write(`${l}\n`)),
  });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
