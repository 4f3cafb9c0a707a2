import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ConsistentRead, type ReadAtHead } from '../../shared/projections/consistent-read.js';
import {
  type StaffEligibility,
  type StaffEligibilityPolicy,
  explainStaffEligibility,
} from './domain/staff-eligibility.js';
import { studentDecider, studentStream } from './domain/student.decide.js';
import { STUDENT_ROSTER } from './read-models/student-roster/student-roster.projection.js';
import { countEnrolledStudents } from './read-models/student-roster/student-roster.queries.js';

/** One student as a decision elsewhere sees them: enrolment, college, union post, grade and clubs. */
export type StudentSnapshot = Readonly<{
  studentId: string;
  enrolled: boolean;
  collegeId: string;
  officer: boolean;
  grade: string;
  clubs: readonly string[];
}>;

export type CollegeEnrolment = Readonly<{ collegeId: string; students: number }>;

/**
 * What other modules may know of the student registry when they decide: a student from their own stream, and
 * enrolment counts from the roster only after it caught up with the log (a seat allocation rests on them).
 */
@Injectable()
export class StudentFacts {
  constructor(
    private readonly runner: CommandRunner,
    private readonly consistent: ConsistentRead,
    private readonly db: DataSource,
  ) {}

  async student(studentId: string): Promise<StudentSnapshot | null> {
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

  /** Art. 18 for one enrolled student under a union's rules, every rule explained; null when not enrolled. */
  async staffEligibility(studentId: string, rules: StaffEligibilityPolicy): Promise<StaffEligibility | null> {
    const student = await this.runner.load(studentStream(studentId), studentDecider);
    return student.status === 'Enrolled' ? explainStaffEligibility(student, rules) : null;
  }

  /** An enrolled student's college and Art. 18 judged by a union's rules, from one read of the stream; else null. */
  async staffCandidate(
    studentId: string,
    rules: StaffEligibilityPolicy,
  ): Promise<(StaffEligibility & Readonly<{ collegeId: string }>) | null> {
    const student = await this.runner.load(studentStream(studentId), studentDecider);
    if (student.status !== 'Enrolled') return null;
    return { collegeId: student.collegeId, ...explainStaffEligibility(student, rules) };
  }

  /** Enrolled students of each given college (0 when none), counted after every roll import before this call. */
  async enrolment(collegeIds: readonly string[]): Promise<ReadAtHead<CollegeEnrolment[]>> {
    return this.consistent.atHead([STUDENT_ROSTER], async () => {
      const counts = await countEnrolledStudents(this.db);
      return collegeIds.map((collegeId) => ({
        collegeId,
        students: counts.filter((c) => c.collegeId === collegeId).reduce((sum, c) => sum + c.students, 0),
      }));
    });
  }
}
