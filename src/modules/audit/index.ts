/** What the composition root may use of the audit module. */
export { AuditModule } from './audit.module.js';
export { auditManifest } from './audit.manifest.js';
