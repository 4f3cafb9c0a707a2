import pg from 'pg';

/**
 * A pg Client that always has an 'error' listener. PostgreSQL killed or restarted sends each connection a FATAL
 * message; on a client the pool has handed out and that has no query running at that moment (between two queries of
 * a transaction, say), pg emits it as an 'error' event, and with no listener Node ends the whole process. Here it is
 * heard and dropped: the client is marked unusable, its next query fails as a connection failure (503), and the
 * pool replaces it.
 */
export class TolerantClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
