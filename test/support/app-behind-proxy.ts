import { TcpProxy } from './tcp-proxy.js';
import { type TestApp, startTestApp } from './test-app.js';
import { createTestDatabase } from './test-database.js';

export type AppBehindProxy = Readonly<{ t: TestApp; proxy: TcpProxy; close: () => Promise<void> }>;

/**
 * The real app whose every database connection goes through a proxy the test can cut and restore: the database
 * "goes away" while the server keeps running.
 */
export async function startAppBehindProxy(env: Record<string, string> = {}): Promise<AppBehindProxy> {
  const probe = await createTestDatabase();
  const proxy = new TcpProxy(Number(new URL(probe.url).port));
  await probe.drop();
  await proxy.start();
  const t = await startTestApp(env, (url) => {
    const viaProxy = new URL(url);
    viaProxy.port = String(proxy.port);
    return viaProxy.toString();
  });
  const close = async () => {
    await proxy.start();
    await t.close();
    await proxy.cut();
  };
  return { t, proxy, close };
}
