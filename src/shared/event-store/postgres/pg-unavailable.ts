import { isConnectionFailure } from '../../database/connection-failure.js';
import { EventStoreUnavailableError } from '../event-store.errors.js';

/** Maps a connection failure to EventStoreUnavailableError and lets every other error through unchanged. */
export function toUnavailable(error: unknown): unknown {
  return isConnectionFailure(error) ? new EventStoreUnavailableError(error) : error;
}
