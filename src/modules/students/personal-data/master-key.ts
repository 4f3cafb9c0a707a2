import { hkdfSync } from 'node:crypto';
import { ConfigError } from '../../../shared/config/app-config.js';

/**
 * The keys derived from PII_MASTER_KEY: one wraps each student's data key, the other indexes student numbers
 * (HMAC). Two purposes, two keys (HKDF), so neither use can be turned against the other.
 */
export type PersonalDataKeys = Readonly<{ wrappingKey: Buffer; numberIndexKey: Buffer }>;

/** The development master key: good for `npm start` on a laptop and the tests, refused when NODE_ENV=production. */
export const DEVELOPMENT_PII_MASTER_KEY = '6368617274657220646576656c6f706d656e7420706969206b65792030303031';

const HEX_32_BYTES = /^[0-9a-fA-F]{64}$/;
const BASE64_32_BYTES = /^[A-Za-z0-9+/_-]{43}=?$/;

/** 32 bytes, as 64 hex digits or base64 (standard or URL-safe): `openssl rand -hex 32` makes one. */
export function parseMasterKey(raw: string): Buffer {
  if (HEX_32_BYTES.test(raw)) return Buffer.from(raw, 'hex');
  if (BASE64_32_BYTES.test(raw)) return Buffer.from(raw.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
  throw new ConfigError('PII_MASTER_KEY', 'must be 32 bytes as 64 hex digits or base64');
}

/** The settings the keys come from: AppConfig['keys'] (the one config loader), or a spec's own. */
export type MasterKeySettings = Readonly<{ NODE_ENV?: string; PII_MASTER_KEY?: string }>;

export function loadPersonalDataKeys(env: MasterKeySettings): PersonalDataKeys {
  const raw = env.PII_MASTER_KEY || DEVELOPMENT_PII_MASTER_KEY;
  if (env.NODE_ENV === 'production' && raw === DEVELOPMENT_PII_MASTER_KEY) {
    throw new ConfigError('PII_MASTER_KEY', 'must be set in production');
  }
  const master = parseMasterKey(raw);
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `charter/students/${purpose}`, 32));
  return { wrappingKey: derive('data-key-wrapping'), numberIndexKey: derive('student-number-index') };
}

const derived = new WeakMap<MasterKeySettings, PersonalDataKeys>();

/** The keys of one configuration, derived once: the roster projection and the module's vault share them. */
export function personalDataKeysOf(settings: MasterKeySettings): PersonalDataKeys {
  let keys = derived.get(settings);
  if (!keys) {
    keys = loadPersonalDataKeys(settings);
    derived.set(settings, keys);
  }
  return keys;
}
