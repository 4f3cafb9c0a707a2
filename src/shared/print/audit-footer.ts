import type { LedgerKey } from '../audit/ledger/ledger-key.js';
import { publishedHead } from '../audit/ledger/ledger-reader.js';
import { beijingDateTime } from '../domain/beijing-date.js';

type Queryable = { query: (sql: string, parameters?: unknown[]) => Promise<unknown> };

/**
 * The footer lines of a printed document: the audit ledger's published head (the newest sealed block and its hash,
 * what `npm run cli -- audit head` prints) and the head hash of each stream the document was built from.
 */
export async function auditFooter(
  db: Queryable,
  key: LedgerKey,
  streams: Readonly<Record<string, { revision: string; hash: string }>> = {},
): Promise<string[]> {
  const head = await publishedHead(db as never, key.publicKeyPem);
  return [
    head
      ? `审计账本 ledger head: block ${head.blockNo} ${head.blockHash} (${beijingDateTime(head.sealedAt)} 北京时间)`
      : '审计账本 ledger head: 尚未封存区块 no block sealed yet',
    ...Object.entries(streams).map(([stream, h]) => `${stream} @${h.revision}: ${h.hash}`),
  ];
}
