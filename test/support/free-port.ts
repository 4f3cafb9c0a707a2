// One free-port probe for the app and the tests. A `.ts` specifier: the global set-up loads this file outside
// Jest's module mapping (see global-setup.ts).
export { anyFreePort as freePort } from '../../src/shared/database/embedded-postgres.ts';
