import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { StartupFailure } from './startup-failure.js';

/** Every setting Charter reads, with its default. Documented one by one in config/README.md. */
export type AppConfig = Readonly<{
  port: number;
  host: string;
  databaseUrl?: string;
  embeddedDataDir: string;
  /** Unset: the embedded database takes 54320 when free, otherwise any free port, and logs which. */
  embeddedPort?: number;
  eventStore: 'postgres' | 'kurrentdb';
  kurrentConnectionString?: string;
  jwtSecret: string;
  jwtIssuer: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  maxEventBytes: number;
  projectionPollMs: number;
  projectionBatchSize: number;
  readWaitTimeoutMs: number;
  commandRetries: number;
  aggregateCacheSize: number;
  /** an Idempotency-Key claimed this long ago by a request that never finished (its server died) may be claimed again */
  idempotencyClaimTimeoutMs: number;
  dbPoolSize: number;
  startProjections: boolean;
  ledgerBlockEvents: number;
  /** The charter's default numbers per kind of union (CHARTER_POLICY_FILE). */
  charterPolicyFile: string;
  /**
   * The keys as given, read here once with NODE_ENV; each module derives its own from them (the ledger's signing
   * key, the ballot box's keys) and refuses a malformed one with a message naming it.
   */
  keys: Readonly<{ NODE_ENV?: string; LEDGER_SIGNING_KEY?: string; PII_MASTER_KEY?: string; BALLOT_BOX_KEY?: string }>;
  /** RATE_LIMIT=off turns every request limit off (load benchmarks); on by default */
  rateLimitEnabled: boolean;
  /** requests per client IP per window, on every route */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** requests per client IP per window on each ballot-box and credential route */
  rateLimitBallotMax: number;
  /** origins answered with Access-Control-Allow-Origin; empty: no CORS headers at all */
  corsOrigins: readonly string[];
  /** addresses of the reverse proxies whose X-Forwarded-For names the client; empty: the peer is the client */
  trustProxy: readonly string[];
}>;

export class ConfigError extends Error {
  constructor(variable: string, rule: string) {
    super(`Configuration ${variable}: ${rule} (see config/README.md)`);
    this.name = 'ConfigError';
  }
}

/** The development secret: good for `npm start` on a laptop, refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'charter-development-secret-change-me';

/** Keys with a development default that production refuses. */
export const PRODUCTION_KEYS = ['JWT_SECRET', 'LEDGER_SIGNING_KEY', 'PII_MASTER_KEY', 'BALLOT_BOX_KEY'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const eventStore = env.EVENT_STORE ?? 'postgres';
  if (eventStore !== 'postgres' && eventStore !== 'kurrentdb')
    throw new ConfigError('EVENT_STORE', 'must be postgres or kurrentdb');
  if (eventStore === 'kurrentdb' && !env.KURRENTDB_CONNECTION_STRING) {
    throw new ConfigError('KURRENTDB_CONNECTION_STRING', 'is required when EVENT_STORE=kurrentdb');
  }
  const jwtSecret = env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET;
  if (env.NODE_ENV === 'production') {
    // All at once: an operator setting up a server should not discover the keys one restart at a time.
    const missing = PRODUCTION_KEYS.filter(
      (name) => !env[name] || (name === 'JWT_SECRET' && env[name] === DEVELOPMENT_JWT_SECRET),
    );
    if (missing.length > 0) {
      throw new StartupFailure(
        'STARTUP.PRODUCTION_KEYS_MISSING',
        `NODE_ENV=production 时必须设置 ${missing.join('、')}（它们保护令牌、审计账本、个人信息和选票；生成方法见 config/README.md）。`,
        `With NODE_ENV=production, set ${missing.join(', ')} (they protect tokens, the audit ledger, personal data and ballots; config/README.md shows how to make them).`,
      );
    }
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', 'must be one of debug, info, warn, error, silent');
  }
  const rateLimit = env.RATE_LIMIT ?? 'on';
  if (rateLimit !== 'on' && rateLimit !== 'off') throw new ConfigError('RATE_LIMIT', 'must be on or off');
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: resolve(env.CHARTER_DATA_DIR ?? '.data/postgres'),
    embeddedPort: env.EMBEDDED_PG_PORT ? integer(env, 'EMBEDDED_PG_PORT', 0) : undefined,
    eventStore,
    kurrentConnectionString: env.KURRENTDB_CONNECTION_STRING || undefined,
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER ?? 'charter',
    logLevel: logLevel as AppConfig['logLevel'],
    maxEventBytes: integer(env, 'MAX_EVENT_BYTES', 1024 * 1024),
    projectionPollMs: integer(env, 'PROJECTION_POLL_MS', 250),
    projectionBatchSize: integer(env, 'PROJECTION_BATCH_SIZE', 500),
    readWaitTimeoutMs: integer(env, 'READ_WAIT_TIMEOUT_MS', 5000),
    commandRetries: integer(env, 'COMMAND_RETRIES', 10),
    aggregateCacheSize: integer(env, 'AGGREGATE_CACHE_SIZE', 1000),
    idempotencyClaimTimeoutMs: Math.max(1, integer(env, 'IDEMPOTENCY_CLAIM_TIMEOUT_MS', 120_000)),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 20),
    startProjections: (env.PROJECTIONS ?? 'on') !== 'off',
    ledgerBlockEvents: Math.max(1, integer(env, 'LEDGER_BLOCK_EVENTS', 1000)),
    charterPolicyFile: resolve(env.CHARTER_POLICY_FILE || 'config/charter-policy.json'),
    keys: {
      NODE_ENV: env.NODE_ENV,
      LEDGER_SIGNING_KEY: env.LEDGER_SIGNING_KEY || undefined,
      PII_MASTER_KEY: env.PII_MASTER_KEY || undefined,
      BALLOT_BOX_KEY: env.BALLOT_BOX_KEY || undefined,
    },
    rateLimitEnabled: rateLimit === 'on',
    rateLimitMax: Math.max(1, integer(env, 'RATE_LIMIT_MAX', 3000)),
    rateLimitWindowMs: Math.max(1, integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000)),
    rateLimitBallotMax: Math.max(1, integer(env, 'RATE_LIMIT_BALLOT_MAX', 300)),
    corsOrigins: origins(env.CORS_ORIGINS),
    trustProxy: proxies(env.TRUST_PROXY),
  };
}

/** A comma-separated allowlist; each entry must be a bare origin, as browsers send it (no path, no trailing slash). */
function origins(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const entry of entries) {
    let origin: string | undefined;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = undefined;
    }
    if (origin !== entry)
      throw new ConfigError('CORS_ORIGINS', `${entry} is not an origin such as https://union.example.edu.cn`);
  }
  return entries;
}

/** Proxy addresses or subnets (`10.0.0.2`, `10.0.0.0/8`, `loopback`), never "any": a client could then name itself. */
function proxies(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
    const subnet = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 6 ? 128 : 32));
    if (!named && !(isIP(address) !== 0 && subnet))
      throw new ConfigError('TRUST_PROXY', `${entry} is not an address, a subnet or loopback`);
  }
  return entries;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(name, 'must be a non-negative integer');
  return value;
}
