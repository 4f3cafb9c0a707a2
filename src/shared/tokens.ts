/** Nest injection tokens of the platform's singletons. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const CLOCK = Symbol('CLOCK');
export const UPCASTER_CHAIN = Symbol('UPCASTER_CHAIN');
/** Every module's aggregate folds, keyed by stream prefix (ModuleManifest.aggregates). */
export const AGGREGATE_FOLDS = Symbol('AGGREGATE_FOLDS');
/** The ledger's Ed25519 key (src/shared/audit/ledger/ledger-key.ts): signs blocks, heads and bundle manifests. */
export const LEDGER_KEY = Symbol('LEDGER_KEY');
