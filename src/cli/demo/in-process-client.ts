import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export type Reply<T = unknown> = Readonly<{ status: number; body: T }>;

/** Requests through the whole HTTP stack (auth, validation, idempotency, handlers) without opening a port. */
export class InProcessClient {
  constructor(private readonly app: NestFastifyApplication) {}

  async send<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload?: unknown, contentType = 'application/json'): Promise<Reply<T>> {
    const response = await this.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...(payload !== undefined ? { 'content-type': contentType } : {}) },
      payload: payload === undefined ? undefined : typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload),
    });
    const text = response.body;
    return { status: response.statusCode, body: (text && response.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text) as T };
  }

  /** Like send, but a 4xx or 5xx stops the seed with the problem it got. */
  async ok<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload?: unknown, contentType?: string): Promise<T> {
    const reply = await this.send<T>(method, url, token, payload, contentType);
    if (reply.status >= 400) throw new Error(`${method} ${url} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }
}
