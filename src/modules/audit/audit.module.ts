import { Module } from '@nestjs/common';
import { AuditBundles } from './audit-bundles.js';
import { AuditController } from './audit.controller.js';

/** Verifiable exports (issue 13 item 4): reads the log through the port and the ledger's tables; writes nothing. */
@Module({ controllers: [AuditController], providers: [AuditBundles] })
export class AuditModule {}
