import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type BundleReport, verifyBundle } from '../shared/audit/bundle/bundle-verifier.js';
import { CliUsageError } from './cli-command.js';

export const VERIFY_BUNDLE_USAGE = '<bundle.zip> [--key <public-key.pem>] [--against <head.json>] [--json]';

export const VERIFY_BUNDLE_HELP = [
  'Checks an audit bundle (GET /api/v1/audit/bundles) with no database and no server:',
  "  - each block's hash from its header, its link to the block before from block 0, its Ed25519 signature;",
  "  - each event's chain hash (SHA-256 of prevHash and the canonical event) and its link to the stream's",
  '    previous event in the bundle;',
  "  - each sealed event's Merkle inclusion proof (RFC 6962) into its block's root;",
  "  - each file's SHA-256, the counts and the ledger head against the manifest, and the manifest's signature.",
  'Events after the last sealed block are reported as not yet sealed: their chains are checked, no block covers them.',
  '',
  'Options:',
  "  --key <pem>       the ledger public key you trust; the bundle's own key must be it",
  '  --against <json>  an earlier head (audit head --out): the bundle must hold that block with that hash',
  '  --json            print the full report as JSON',
  '',
  'Exits 0 when everything holds, 1 naming the first problem (event, block or file), 2 on wrong arguments.',
].join('\n');

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(`cannot read the ${what} ${path}: ${error instanceof Error ? error.message : error}`);
  }
}

function where(p: BundleReport['problems'][number]): string {
  const parts = [
    p.eventId && `event ${p.eventId}`,
    p.stream && `${p.stream}@${p.revision}`,
    p.blockNo !== undefined && `block ${p.blockNo}`,
    p.file && (p.line ? `${p.file}:${p.line}` : p.file),
  ].filter(Boolean);
  return parts.join(', ');
}

/** `audit verify-bundle` and `charter-verify`: the same arguments, the same answer. */
export async function runVerifyBundle(args: string[], print: (line: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { key: { type: 'string' }, against: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliUsageError('give one bundle file');
  let against: unknown;
  if (values.against !== undefined) {
    try {
      against = JSON.parse(readText(values.against, 'head file'));
    } catch (error) {
      if (error instanceof CliUsageError) throw error;
      throw new CliUsageError(`the head file ${values.against} is not JSON`);
    }
  }
  const report = await verifyBundle(positionals[0]!, {
    trustedKeyPem: values.key === undefined ? undefined : readText(values.key, 'key file'),
    against,
  });
  if (values.json) {
    print(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  }
  const c = report.checked;
  if (!report.ok) {
    const first = report.firstProblem!;
    print(`BROKEN: ${first.check} problem at ${where(first) || positionals[0]}: ${first.detail}`);
    for (const p of report.problems.slice(1, 20)) print(`  also: ${p.check} at ${where(p)}: ${p.detail}`);
    if (report.problems.length > 20) print(`  … ${report.problems.length - 20} more (--json lists up to 100)`);
    return 1;
  }
  const m = report.manifest!;
  print(
    `OK: ${c.events} events of ${c.streams} streams; ${c.sealedEvents} proven into ${c.blocks} signed ledger blocks` +
      (m.ledgerHead ? ` (head: block ${m.ledgerHead.blockNo}, ${m.ledgerHead.blockHash})` : ' (no block sealed yet)'),
  );
  if (c.unsealedEvents > 0)
    print(
      `  ${c.unsealedEvents} events not yet sealed (after the last sealed block, from event ${c.firstUnsealedEventId}): chain-checked only`,
    );
  print(
    `  exported ${m.exportedAt} by ${m.exportedBy.actorId} (${m.exportedBy.role}); filter ${JSON.stringify(m.filter)}`,
  );
  print(
    `  key ${report.key.fingerprint} (${report.key.pinned ? 'pinned with --key' : "the bundle's own: pin it with --key to trust it"})`,
  );
  if (report.against) print(`  holds the earlier head: block ${report.against.blockNo} ${report.against.blockHash}`);
  return 0;
}
