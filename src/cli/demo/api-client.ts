import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export type Reply<T = unknown> = Readonly<{ status: number; body: T }>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** Sends one request and answers its status, content type and body text. */
export type Transport = (request: {
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}) => Promise<{
  status: number;
  contentType: string;
  text: string;
}>;

/** Requests through the whole HTTP stack (auth, validation, idempotency, handlers) without opening a port. */
export function injectTransport(app: NestFastifyApplication): Transport {
  return async ({ method, url, headers, payload }) => {
    const response = await app.inject({ method, url, headers, payload });
    return {
      status: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      text: response.body,
    };
  };
}

/** Requests to a server listening at `baseUrl`. */
export function fetchTransport(baseUrl: string): Transport {
  return async ({ method, url, headers, payload }) => {
    const response = await fetch(`${baseUrl}${url}`, { method, headers, body: payload });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  };
}

/** A small API client for scripts (the demo seed): bearer token per request, JSON in and out. */
export class ApiClient {
  constructor(private readonly transport: Transport) {}

  send<T = unknown>(
    method: Method,
    url: string,
    token: string,
    payload?: unknown,
    contentType = 'application/json',
  ): Promise<Reply<T>> {
    return this.sendWithHeaders<T>(
      method,
      url,
      token,
      payload !== undefined ? { 'content-type': contentType } : {},
      payload,
    );
  }

  async sendWithHeaders<T = unknown>(
    method: Method,
    url: string,
    token: string,
    headers: Record<string, string>,
    payload?: unknown,
  ): Promise<Reply<T>> {
    const response = await this.transport({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      payload: payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    const body = response.text && response.contentType.includes('json') ? JSON.parse(response.text) : response.text;
    return { status: response.status, body: body as T };
  }

  /** Like send, but a 4xx or 5xx stops the script with the problem it got. */
  async ok<T = unknown>(
    method: Method,
    url: string,
    token: string,
    payload?: unknown,
    contentType?: string,
  ): Promise<T> {
    const reply = await this.send<T>(method, url, token, payload, contentType);
    if (reply.status >= 400)
      throw new Error(`${method} ${url} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }
}
