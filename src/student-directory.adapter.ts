import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StudentDirectory, StudentFacts } from './modules/congress/index.js';
import { countEnrolledStudents, studentDecider, studentStream } from './modules/students/index.js';
import { CommandRunner } from './shared/commands/command-runner.js';

/** The congress module's view of the registry, answered by the students module. */
@Injectable()
export class StudentDirectoryAdapter implements StudentDirectory {
  constructor(private readonly runner: CommandRunner, private readonly db: DataSource) {}

  /** From the student's own stream, so a decision never rests on a stale read model. */
  async facts(studentId: string): Promise<StudentFacts | null> {
    const student = await this.runner.load(studentStream(studentId), studentDecider);
    if (student.status !== 'Enrolled' && student.status !== 'Left') return null;
    return {
      studentId,
      enrolled: student.status === 'Enrolled',
      collegeId: student.collegeId,
      officer: student.officer,
      grade: String(student.grade),
      clubs: student.clubs,
    };
  }

  async enrolment(collegeIds: readonly string[]): Promise<Array<{ collegeId: string; students: number }>> {
    const counts = await countEnrolledStudents(this.db);
    return collegeIds.map((collegeId) => ({
      collegeId,
      students: counts.filter((c) => c.collegeId === collegeId).reduce((sum, c) => sum + c.students, 0),
    }));
  }
}
