import { describe, expect, it } from '@jest/globals';
import { isConnectionFailure } from './connection-failure.js';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('isConnectionFailure', () => {
  it('takes a killed PostgreSQL for an outage, as pg and TypeORM report it', () => {
    expect(isConnectionFailure(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isConnectionFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    // TypeORM releases a runner whose connection failed; a later query on it says only "released"
    expect(isConnectionFailure(named('QueryRunnerAlreadyReleasedError'))).toBe(true);
    expect(isConnectionFailure(named('QueryRunnerProviderAlreadyReleasedError'))).toBe(true);
  });

  it('does not take a refused statement for one', () => {
    expect(isConnectionFailure(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionFailure(named('TypeError', 'undefined is not a function'))).toBe(false);
  });
});
