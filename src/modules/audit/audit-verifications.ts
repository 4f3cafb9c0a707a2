import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { type AuditProgress, type AuditReport, auditReport } from '../../shared/audit/audit-report.js';
import type { LedgerKey } from '../../shared/audit/ledger/ledger-key.js';
import type { Actor } from '../../shared/domain/decider.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { LEDGER_KEY } from '../../shared/tokens.js';
import { VerificationNotFound } from './audit.errors.js';

/** How often a running verification writes its progress; a record silent for STALE_AFTER_S has stopped. */
const HEARTBEAT_MS = 1000;
const STALE_AFTER_S = 60;

export type VerificationStatus = 'running' | 'passed' | 'failed' | 'stopped';

export type VerificationView = Readonly<{
  verificationId: string;
  status: VerificationStatus;
  phase: 'chains' | 'ledger' | 'done';
  requestedBy: Readonly<{ id: string; role: string }>;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  progress: Readonly<{ eventsChecked: number; blocksChecked: number; headPosition: string | null }>;
  report: AuditReport | null;
  error: string | null;
}>;

type Row = {
  verification_id: string;
  requested_by: string;
  requested_role: string;
  status: VerificationStatus;
  phase: VerificationView['phase'];
  head_position: string | null;
  events_checked: string;
  blocks_checked: number;
  started_at: Date;
  finished_at: Date | null;
  duration_ms: number | null;
  report: AuditReport | null;
  error: string | null;
  stale: boolean;
};

class VerificationStopped extends Error {}

const SELECT = `SELECT *, (status = 'running' AND heartbeat_at < now() - interval '${STALE_AFTER_S} seconds') AS stale
  FROM audit_verifications`;

/**
 * Issue 13 item 5: an auditor starts `audit verify` through the API and follows it. The audit runs in the
 * instance that was asked, writing its progress every second; its report is the CLI's (auditReport). One runs at
 * a time across instances: asking while one runs answers that one. A verification whose instance stopped reads
 * as stopped.
 */
@Injectable()
export class AuditVerifications implements OnApplicationShutdown {
  private readonly running = new Map<string, { stop: AbortController; done: Promise<void> }>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
    @Inject(LEDGER_KEY) private readonly key: LedgerKey,
  ) {}

  async start(actor: Actor): Promise<{ started: boolean; verification: VerificationView }> {
    const { id, started } = await this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit_verifications'))`);
      const [current]: Row[] = await manager.query(
        `${SELECT} WHERE status = 'running' ORDER BY started_at DESC LIMIT 1`,
      );
      if (current && !current.stale) return { id: current.verification_id, started: false };
      const fresh = randomUUID();
      const head = await this.store.headPosition();
      await manager.query(
        `INSERT INTO audit_verifications (verification_id, requested_by, requested_role, status, phase, head_position)
         VALUES ($1, $2, $3, 'running', 'chains', $4)`,
        [fresh, actor.id, actor.role, head],
      );
      return { id: fresh, started: true };
    });
    if (started) this.launch(id);
    return { started, verification: await this.view(id) };
  }

  async view(id: string): Promise<VerificationView> {
    const [row]: Row[] = await this.db.query(`${SELECT} WHERE verification_id = $1`, [id]);
    if (!row) throw new VerificationNotFound(`No verification has id ${id}`);
    return viewOf(row);
  }

  async recent(limit = 20): Promise<VerificationView[]> {
    const rows: Row[] = await this.db.query(`${SELECT} ORDER BY started_at DESC LIMIT $1`, [limit]);
    return rows.map(viewOf);
  }

  /** A shutting-down instance stops its verifications and says so in their records. */
  async onApplicationShutdown(): Promise<void> {
    for (const { stop } of this.running.values()) stop.abort();
    await Promise.allSettled([...this.running.values()].map((r) => r.done));
  }

  private launch(id: string): void {
    const stop = new AbortController();
    const done = this.run(id, stop.signal).finally(() => this.running.delete(id));
    this.running.set(id, { stop, done });
  }

  private async run(id: string, signal: AbortSignal): Promise<void> {
    const begun = performance.now();
    let latest: AuditProgress = { phase: 'chains', events: 0, blocks: 0 };
    let beat = Promise.resolve();
    const timer = setInterval(() => {
      const progress = latest;
      beat = beat.then(() => this.beat(id, progress)).catch(() => undefined);
    }, HEARTBEAT_MS);
    try {
      const report = await auditReport(this.store, this.db, this.key, (progress) => {
        if (signal.aborted) throw new VerificationStopped();
        // the ledger phase counts sealed events again: progress keeps the events the chains phase checked
        latest = progress.phase === 'chains' ? progress : { ...progress, events: latest.events };
      });
      clearInterval(timer);
      await beat;
      await this.finish(id, report.ok ? 'passed' : 'failed', {
        report,
        events: report.chains.events,
        blocks: report.ledger.sealedBlocks,
        durationMs: Math.round(performance.now() - begun),
        error: null,
      });
    } catch (error) {
      clearInterval(timer);
      await beat;
      const message =
        error instanceof VerificationStopped
          ? 'the instance running it shut down'
          : `the verification could not go on: ${error instanceof Error ? error.message : String(error)}`;
      await this.finish(id, 'stopped', {
        report: null,
        events: latest.events,
        blocks: latest.blocks,
        durationMs: Math.round(performance.now() - begun),
        error: message,
      }).catch(() => undefined);
    }
  }

  private async beat(id: string, progress: AuditProgress): Promise<void> {
    await this.db.query(
      `UPDATE audit_verifications SET phase = $2, events_checked = $3, blocks_checked = $4, heartbeat_at = now()
        WHERE verification_id = $1 AND status = 'running'`,
      [id, progress.phase, progress.events, progress.blocks],
    );
  }

  private async finish(
    id: string,
    status: VerificationStatus,
    outcome: { report: AuditReport | null; events: number; blocks: number; durationMs: number; error: string | null },
  ): Promise<void> {
    await this.db.query(
      `UPDATE audit_verifications SET status = $2, phase = 'done', events_checked = $3, blocks_checked = $4,
              report = $5, duration_ms = $6, error = $7, heartbeat_at = now(), finished_at = now()
        WHERE verification_id = $1`,
      [
        id,
        status,
        outcome.events,
        outcome.blocks,
        outcome.report === null ? null : JSON.stringify(outcome.report),
        outcome.durationMs,
        outcome.error,
      ],
    );
  }
}

function viewOf(row: Row): VerificationView {
  return {
    verificationId: row.verification_id,
    status: row.stale ? 'stopped' : row.status,
    phase: row.phase,
    requestedBy: { id: row.requested_by, role: row.requested_role },
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    durationMs: row.duration_ms,
    progress: {
      eventsChecked: Number(row.events_checked),
      blocksChecked: row.blocks_checked,
      headPosition: row.head_position,
    },
    report: row.report,
    error: row.stale ? `no progress for over ${STALE_AFTER_S} s: the instance running it stopped` : row.error,
  };
}
