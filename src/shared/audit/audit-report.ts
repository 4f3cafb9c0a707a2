import type { DataSource } from 'typeorm';
import type { EventStore } from '../event-store/event-store.port.js';
import { type VerifyReport, verifyChains } from './chain-verifier.js';
import type { LedgerKey } from './ledger/ledger-key.js';
import { type LedgerReport, verifyLedger } from './ledger/ledger-verifier.js';

export type AuditReport = Readonly<{
  ok: boolean;
  chains: VerifyReport;
  ledger: LedgerReport;
  ledgerPublicKey: string;
  /** signed with the development key: anyone could have signed the blocks (config/README.md LEDGER_SIGNING_KEY) */
  developmentKey: boolean;
}>;

export type AuditProgress = Readonly<{ phase: 'chains' | 'ledger'; events: number; blocks: number }>;

/**
 * The one audit of the log, as `npm run cli -- audit verify` and the auditors' API give it: every stream's hash
 * chain recomputed in global order, then every sealed ledger block against the events themselves. `onProgress`
 * hears after every batch; a throw from it stops the audit.
 */
export async function auditReport(
  store: EventStore,
  db: DataSource,
  key: LedgerKey,
  onProgress: (progress: AuditProgress) => void = () => {},
): Promise<AuditReport> {
  const chains = await verifyChains(store, {
    onProgress: (events) => onProgress({ phase: 'chains', events, blocks: 0 }),
  });
  const ledger = await verifyLedger(store, db, key.publicKey, {
    onProgress: (blocks, events) => onProgress({ phase: 'ledger', events, blocks }),
  });
  return {
    ok: chains.ok && ledger.ok,
    chains,
    ledger,
    ledgerPublicKey: key.publicKeyPem,
    developmentKey: key.development,
  };
}
