import { Module, type OnModuleInit } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/index.js';
import { HttpAdapterHost } from '@nestjs/core';
import { personalDataKeysOf } from './personal-data/master-key.js';
import type { AppConfig } from '../../shared/config/app-config.js';
import { APP_CONFIG } from '../../shared/tokens.js';
import { PERSONAL_DATA_KEYS, PersonalDataVault } from './personal-data/personal-data-vault.js';
import { acceptRollFileBodies } from './roll-file-body.js';
import { StudentRollSync } from './roll-sync/student-roll-sync.js';
import { EraseStudentHandler } from './student.command-handlers.js';
import { StudentImportsController } from './student-imports.controller.js';
import { ImportStudentRollHandler } from './student-roll-import.command-handler.js';
import { StudentFacts } from './student-facts.js';
import { StudentsController } from './students.controller.js';

@Module({
  imports: [OrganisationsModule],
  controllers: [StudentImportsController, StudentsController],
  providers: [
    // Read at start-up, so a production server without PII_MASTER_KEY refuses to start rather than to import.
    {
      provide: PERSONAL_DATA_KEYS,
      useFactory: (config: AppConfig) => personalDataKeysOf(config.keys),
      inject: [APP_CONFIG],
    },
    PersonalDataVault,
    StudentRollSync,
    ImportStudentRollHandler,
    EraseStudentHandler,
    StudentFacts,
  ],
  exports: [StudentFacts],
})
export class StudentsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    acceptRollFileBodies(this.adapterHost.httpAdapter?.getInstance());
  }
}
