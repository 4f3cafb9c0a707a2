import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ID_PATTERN, OrganisationFacts } from '../organisations/index.js';
import { rollImportDecider, rollImportStream } from './domain/student-roll-import.decide.js';
import type { RollImportCounts } from './domain/student-roll-import.events.js';
import { type RollFileType, readRollTable } from './roll-file/roll-file.js';
import { ImportRejected, type RollProblem, type TextEncoding, fileProblem } from './roll-file/roll-table.js';
import { collegeIdsIn, mapColumns, validateRoll } from './roll-file/roll-validator.js';
import { StudentRollSync } from './roll-sync/student-roll-sync.js';

export type RollImportResult = CommandResult &
  RollImportCounts &
  Readonly<{
    importId: string;
    scopeCollegeIds: readonly string[];
    /** the encoding a CSV roll was read in, so a wrong guess shows; absent for XLSX */
    encoding?: TextEncoding;
    errors: readonly RollProblem[];
  }>;

export class ImportStudentRollCommand extends Command<RollImportResult> {
  constructor(
    readonly data: Readonly<{
      file: Buffer;
      fileType: RollFileType;
      fileSha256: string;
      collegeId?: string;
      onlyValidRows: boolean;
    }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** More distinct colleges than any school has: past this, a roll's college column is not worth looking up. */
const MAX_COLLEGES = 200;

/**
 * The roll is checked whole before anything is written: with any bad row it is refused (422, every problem
 * named) unless the caller asked for the good rows only. The import itself is recorded last, with its counts.
 */
@CommandHandler(ImportStudentRollCommand)
export class ImportStudentRollHandler implements ICommandHandler<ImportStudentRollCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly sync: StudentRollSync,
    private readonly organisations: OrganisationFacts,
  ) {}

  async execute({ data, context }: ImportStudentRollCommand): Promise<RollImportResult> {
    const table = await readRollTable(data.file, data.fileType);
    const columns = mapColumns(table, data.collegeId);
    const colleges = await this.registeredColleges([
      ...(data.collegeId ? [data.collegeId] : []),
      ...collegeIdsIn(table, columns),
    ]);
    if (data.collegeId && !colleges.has(data.collegeId)) {
      throw new ImportRejected([fileProblem('college-unknown', `no college union ${data.collegeId} is registered`)]);
    }
    const roll = validateRoll(table, columns, {
      scopeCollegeId: data.collegeId,
      isRegisteredCollege: (id) => colleges.has(id),
    });
    if (roll.rows.length === 0 || (roll.problems.length > 0 && !data.onlyValidRows))
      throw new ImportRejected(roll.problems);
    const importId = context.commandId;
    // The roll's scope: the college asked for, else every college the roll's good rows name (docs/students.md).
    const scopeCollegeIds = data.collegeId
      ? [data.collegeId]
      : [...new Set(roll.rows.map((r) => r.record.collegeId))].sort();
    const counts = {
      ...(await this.sync.apply(roll, scopeCollegeIds, importId, context)),
      rejectedRows: roll.rejectedRows,
    };
    const { fileSha256, fileType, onlyValidRows } = data;
    const recorded = await this.runner.run(
      rollImportStream(importId),
      rollImportDecider,
      {
        type: 'RecordRollImport',
        data: { importId, fileSha256, fileType, rows: roll.rowCount, scopeCollegeIds, onlyValidRows, counts },
        metadata: this.runner.metadata(context),
      },
      context,
    );
    return {
      ...recorded,
      ...counts,
      importId,
      scopeCollegeIds,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      errors: roll.problems,
    };
  }

  /** Which of these ids are registered college unions, asked of each organisation's own stream. */
  private async registeredColleges(ids: readonly string[]): Promise<Set<string>> {
    const candidates = [...new Set(ids)].filter((id) => ID_PATTERN.test(id)).slice(0, MAX_COLLEGES);
    const registered = await Promise.all(
      candidates.map(async (id) => {
        const organisation = await this.organisations.find(id);
        return organisation?.kind === 'college-union' ? [id] : [];
      }),
    );
    return new Set(registered.flat());
  }
}
