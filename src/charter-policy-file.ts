import { resolve } from 'node:path';

/** config/charter-policy.json unless CHARTER_POLICY_FILE names another file. */
export const CHARTER_POLICY_FILE = resolve(process.env.CHARTER_POLICY_FILE ?? 'config/charter-policy.json');
