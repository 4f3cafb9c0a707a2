import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = { correlationId: string; actorId?: string };

/** The correlation id of the request being served, for every log line written on its behalf. */
export const requestContext = new AsyncLocalStorage<RequestContext>();
