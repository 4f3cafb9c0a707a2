import {
  Controller,
  type ExecutionContext,
  Get,
  Query,
  type StreamableFile,
  createParamDecorator,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LedgerHead } from '../../shared/audit/bundle/bundle-format.js';
import type { ConsistencyReport } from '../../shared/audit/ledger/ledger-reader.js';
import { AUDIT_LEDGER } from '../../shared/audit/ledger/ledger.projection.js';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { Actor } from '../../shared/domain/decider.js';
import { FileQueryOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { type HistoryScope, ReaderScope, organisationFilter } from '../history/index.js';
import { AuditBundles, ZIP } from './audit-bundles.js';
import { BundleQuery, ConsistencyQuery } from './audit.requests.js';
import { ConsistencyResponse, LedgerHeadResponse } from './audit.responses.js';

/** Supervisors and auditors (and admin, whom the guard adds to every read). */
const AUDIT_READERS: readonly Role[] = ['supervisor', 'auditor'];

const RequestActor = createParamDecorator((_: unknown, host: ExecutionContext): Actor => {
  const actor = host.switchToHttp().getRequest<{ actor?: Actor }>().actor;
  if (!actor) throw new Error('RequestActor used on a route without an authenticated actor');
  return actor;
});

/**
 * Issue 13 item 4: verifiable exports. A bundle of the log (a range of positions or time, or one organisation's own
 * events) with the signed ledger blocks, inclusion proofs, the public key and a signed manifest, which
 * `charter-verify` checks with no database; the ledger's latest signed head, to keep outside; and the check that
 * the ledger today still extends an earlier head.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditBundles) {}

  @Get('bundles')
  @Allow(AUDIT_READERS)
  @ReadsFrom(AUDIT_LEDGER)
  @FileQueryOperation({
    mediaType: ZIP,
    binary: true,
    validatesQuery: true,
    readAfter: true,
    problems: [422],
    summary: 'An audit bundle (zip): events as stored, the signed ledger blocks, inclusion proofs, key and manifest',
    description:
      'Streams the events after `from` up to `until` (positions) that occurred from `since` to before `untilTime`, ' +
      "or one organisation's own events (`organisationId`, as the history shows them), up to the log's head as it " +
      'stood. Verify it offline with `npx charter-verify bundle.zip` (docs/audit.md). Sealed personal data stays ' +
      'ciphertext: the events are exported exactly as the hash chain covers them.',
  })
  bundle(
    @Query() query: BundleQuery,
    @ReaderScope() scope: HistoryScope,
    @RequestActor() actor: Actor,
  ): Promise<StreamableFile> {
    const filter = this.audit.checkedFilter({
      from: query.from,
      until: query.until,
      since: query.since,
      untilTime: query.untilTime,
      organisationId: organisationFilter(scope, query.organisationId),
    });
    return this.audit.bundle(filter, actor);
  }

  @Get('ledger/head')
  @Allow(AUDIT_READERS)
  @ReadsFrom(AUDIT_LEDGER)
  @QueryOperation({
    response: LedgerHeadResponse,
    readAfter: true,
    problems: [404],
    summary: "The ledger's latest signed block digest: keep it, and check a later state against it",
  })
  head(): Promise<LedgerHead> {
    return this.audit.head();
  }

  @Get('ledger/consistency')
  @Allow(AUDIT_READERS)
  @ReadsFrom(AUDIT_LEDGER)
  @QueryOperation({
    response: ConsistencyResponse,
    readAfter: true,
    validatesQuery: true,
    summary: 'Whether block N still has the hash of an earlier head, and every block to the current head verifies',
    description:
      'Recomputes every sealed block from the events themselves (a scan of the log), checks the links and ' +
      'signatures, and that block `blockNo` still has `blockHash`. `consistent: false` lists each problem.',
  })
  consistency(@Query() query: ConsistencyQuery): Promise<ConsistencyReport> {
    return this.audit.consistency({ blockNo: query.blockNo, blockHash: query.blockHash, signature: query.signature });
  }
}
