import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLedgerHead } from '../shared/audit/bundle/bundle-verifier.js';
import { checkConsistency, earlierHeadOf, publishedHead } from '../shared/audit/ledger/ledger-reader.js';
import { CliUsageError, type CliCommand } from './cli-command.js';
import { withRuntime } from './with-runtime.js';

export const auditHead: CliCommand = {
  name: 'audit head',
  usage: '[--out head.json]',
  summary: "Export the ledger's latest signed block digest (to publish, or keep for verify-head and --against).",
  help: [
    'Prints the newest sealed ledger block as JSON: blockNo, blockHash, its header (prevBlockHash, merkleRoot,',
    'eventCount, firstPosition, lastPosition), the Ed25519 signature, sealedAt and the public key. The same digest',
    'GET /api/v1/audit/ledger/head answers. Keep it somewhere the database administrator cannot write.',
    '',
    'Options:',
    '  --out <file>   write it to this file instead of printing it',
    '',
    'Exits 1 when the ledger has sealed no block yet.',
  ].join('\n'),
  run: async (args) => {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    return withRuntime(async (runtime) => {
      const head = await publishedHead(runtime.dataSource, runtime.ledgerKey.publicKeyPem);
      if (!head) {
        console.error('The ledger has sealed no block yet: there is no head to publish.');
        return 1;
      }
      const text = `${JSON.stringify(head, null, 2)}\n`;
      if (values.out) {
        writeFileSync(values.out, text);
        console.log(`head: block ${head.blockNo} ${head.blockHash} (sealed ${head.sealedAt}) written to ${values.out}`);
      } else {
        process.stdout.write(text);
      }
      return 0;
    });
  },
};

export const auditVerifyHead: CliCommand = {
  name: 'audit verify-head',
  usage: '<head.json> [--json]',
  summary: 'Check the database against an earlier head: block N unchanged, every block to the head still verifying.',
  help: [
    'Reads a head exported earlier (audit head --out, or GET /api/v1/audit/ledger/head) and checks that its hash',
    'matches its header and its signature the ledger key, that block N still has that hash, and that every sealed',
    'block from block 0 to the current head still gives its Merkle root from the events, links and verifies: nothing',
    "was rewritten since the head was published. Every stream's hash chain is recomputed too (as audit verify does).",
    '',
    'Options:',
    '  --json   print the report as JSON',
    '',
    'Exits 0 when consistent, 1 naming each problem.',
  ].join('\n'),
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
      strict: true,
    });
    if (positionals.length !== 1) throw new CliUsageError('give one head file');
    let head: unknown;
    try {
      head = JSON.parse(readFileSync(positionals[0]!, 'utf8'));
    } catch (error) {
      throw new CliUsageError(
        `cannot read the head ${positionals[0]}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!isLedgerHead(head)) throw new CliUsageError(`${positionals[0]} is not a ledger head (audit head --out)`);
    return withRuntime(async (runtime) => {
      const report = await checkConsistency(runtime.store, runtime.dataSource, runtime.ledgerKey, earlierHeadOf(head));
      if (values.json) {
        console.log(JSON.stringify(report, null, 2));
      } else {
        const now = report.current ? `block ${report.current.blockNo} ${report.current.blockHash}` : 'no sealed block';
        console.log(
          `${report.consistent ? 'CONSISTENT' : 'INCONSISTENT'}: earlier head block ${head.blockNo} ${head.blockHash}; current head ${now}; ${report.events} events' chains and ${report.sealedBlocks} blocks sealing ${report.sealedEvents} events checked against the log`,
        );
        for (const p of report.problems)
          console.log(
            `  ${p.problem.toUpperCase()}${p.blockNo === undefined ? '' : ` block ${p.blockNo}`}: ${p.detail}`,
          );
      }
      return report.consistent ? 0 : 1;
    });
  },
};
