import { Module } from '@nestjs/common';
import { AuditBundles } from './audit-bundles.js';
import { AuditController } from './audit.controller.js';
import { AuditVerifications } from './audit-verifications.js';
import { AuditVerificationsController } from './audit-verifications.controller.js';

/**
 * Verifiable exports (issue 13 item 4) and verification through the API (item 5): reads the log through the port and
 * the ledger's tables, writes no event (a verification's progress and report are operational records).
 */
@Module({ controllers: [AuditController, AuditVerificationsController], providers: [AuditBundles, AuditVerifications] })
export class AuditModule {}
