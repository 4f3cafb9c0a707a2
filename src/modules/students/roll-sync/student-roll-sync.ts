import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../../../shared/commands/command-context.js';
import { CommandRunner } from '../../../shared/commands/command-runner.js';
import { deterministicUuid } from '../../../shared/commands/deterministic-id.js';
import { ConsistentRead } from '../../../shared/projections/consistent-read.js';
import { studentDecider, studentStream } from '../domain/student.decide.js';
import type { RollImportCounts } from '../domain/student-roll-import.events.js';
import { PersonalDataVault } from '../personal-data/personal-data-vault.js';
import { STUDENT_ROSTER } from '../read-models/student-roster/student-roster.projection.js';
import { enrolledStudentIds } from '../read-models/student-roster/student-roster.queries.js';
import type { ValidatedRoll } from '../roll-file/roll-validator.js';
import { sealingStudentDecider } from './sealing-student-decider.js';

/** Student streams written at once during an import: enough to overlap round trips, few enough to leave the pool to others. */
const PARALLEL_STUDENTS = 4;

type SyncCounts = Omit<RollImportCounts, 'rejectedRows'>;

/**
 * Brings the students' streams in line with a validated roll: each row is decided against that student's own
 * stream (found by the HMAC of the number); then every enrolled student of the scope the roll did not list
 * leaves. Each student is its own command: a failure part-way leaves the rest for a re-import to finish.
 */
@Injectable()
export class StudentRollSync {
  constructor(
    private readonly runner: CommandRunner,
    private readonly vault: PersonalDataVault,
    private readonly db: DataSource,
    private readonly consistent: ConsistentRead,
  ) {}

  async apply(
    roll: ValidatedRoll,
    scopeCollegeIds: readonly string[],
    importId: string,
    context: CommandContext,
  ): Promise<SyncCounts> {
    const counts = { enrolled: 0, updated: 0, unchanged: 0, left: 0 };
    const metadata = this.runner.metadata(context);
    const enrolledBefore = await this.enrolledIn(scopeCollegeIds);
    const students = await this.vault.identify(roll.rows.map((r) => r.studentNumber));
    // A student whose row was refused is still on the roll: only the row is unusable, so they do not leave.
    const refused = await this.vault.findByNumbers(roll.rejectedNumbers);
    const listed = new Set([...students.values(), ...refused.values()].map((s) => s.studentId));
    await forEachConcurrently(roll.rows, async ({ studentNumber, name, record }) => {
      const key = students.get(studentNumber)!;
      const result = await this.runner.run(
        studentStream(key.studentId),
        sealingStudentDecider(key),
        { type: 'RecordStudent', data: { studentId: key.studentId, studentNumber, name, record, importId }, metadata },
        perStudent(context, `record:${key.studentId}`),
      );
      if (result.events.includes('StudentEnrolled')) counts.enrolled++;
      else if (result.events.includes('StudentRecordUpdated')) counts.updated++;
      else counts.unchanged++;
    });
    const absent = enrolledBefore.filter((studentId) => !listed.has(studentId));
    await forEachConcurrently(absent, async (studentId) => {
      const result = await this.runner.run(
        studentStream(studentId),
        studentDecider,
        { type: 'MarkStudentLeft', data: { studentId, importId, scopeCollegeIds }, metadata },
        perStudent(context, `leave:${studentId}`),
      );
      if (result.events.length > 0) counts.left++;
    });
    return counts;
  }

  /**
   * Who the roster lists as enrolled before this import writes anything, once it has caught up with the log:
   * the candidates to leave, each then decided on its own stream. The import's own students are all listed,
   * so the roster need not wait for them.
   */
  private async enrolledIn(collegeIds: readonly string[]): Promise<string[]> {
    return (await this.consistent.atHead([STUDENT_ROSTER], () => enrolledStudentIds(this.db, collegeIds))).value;
  }
}

/** Its own command id per student (event ids derive from it), the same on a retry of the same import. */
function perStudent(context: CommandContext, what: string): CommandContext {
  return {
    ...context,
    commandId: deterministicUuid(`${context.commandId}:${what}`, 0),
    causationId: context.commandId,
  };
}

async function forEachConcurrently<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      await work(item).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_STUDENTS, items.length) }, worker));
}
