import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import type { Actor } from '../../shared/domain/decider.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { OrganisationFacts } from '../organisations/index.js';
import { type StaffEligibility, explainStaffEligibility } from './domain/staff-eligibility.js';
import { studentDecider, studentStream } from './domain/student.decide.js';
import { EligibilityPolicyMissing, StudentNotEnrolled, StudentNotFound } from './domain/student.errors.js';
import { STUDENT_ROSTER } from './read-models/student-roster/student-roster.projection.js';
import {
  type StudentPage,
  type StudentView,
  findStudent,
  listStudents,
} from './read-models/student-roster/student-roster.queries.js';
import { RequestActor, collegeScope, maySeeCollege } from './request-actor.js';
import { EraseStudentCommand } from './student.command-handlers.js';
import { EligibilityQuery, EraseStudentRequest, ListStudentsQuery } from './students.requests.js';
import { StaffEligibilityResponse, StudentPageResponse, StudentResponse } from './students.responses.js';

/** Who reads the roster (names and numbers): the unions and the school offices that run elections. */
const ROSTER_READERS: readonly Role[] = [
  'union-staff',
  'college-union-staff',
  'student-affairs',
  'youth-league-committee',
];
/** The candidate pipeline (domain.md, Presidium election) also asks who is eligible. */
const ELIGIBILITY_READERS: readonly Role[] = [
  ...ROSTER_READERS,
  'party-committee',
  'college-league-org',
  'college-party-org',
];

/** A student id that is not a uuid names no student. */
const studentIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new StudentNotFound('No student has this id') });

@ApiTags('students')
@ApiBearerAuth()
@Controller('api/v1/students')
export class StudentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runner: CommandRunner,
    private readonly db: DataSource,
    private readonly organisations: OrganisationFacts,
  ) {}

  @Get()
  @Allow(ROSTER_READERS)
  @ReadsFrom(STUDENT_ROSTER)
  @QueryOperation({
    response: StudentPageResponse,
    readAfter: true,
    validatesQuery: true,
    summary: 'The roster, by college, status and grade, a page at a time',
  })
  list(@Query() query: ListStudentsQuery, @RequestActor() actor: Actor): Promise<StudentPage> {
    const collegeId = collegeScope(actor, query.college);
    return listStudents(this.db, {
      collegeId,
      status: query.status,
      grade: query.grade,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get(':studentId')
  @Allow(ROSTER_READERS)
  @ReadsFrom(STUDENT_ROSTER)
  @QueryOperation({
    response: StudentResponse,
    readAfter: true,
    byId: true,
    summary: 'One student as the roster has them (an erased student keeps only id, college, grade and status)',
  })
  async get(@Param('studentId', studentIdPipe) studentId: string, @RequestActor() actor: Actor): Promise<StudentView> {
    const student = await findStudent(this.db, studentId);
    if (!student || !maySeeCollege(actor, student.collegeId))
      throw new StudentNotFound(`No student ${studentId} is on the roster`);
    return student;
  }

  @Get(':studentId/eligibility')
  @Allow(ELIGIBILITY_READERS)
  @QueryOperation({
    response: StaffEligibilityResponse,
    byId: true,
    validatesQuery: true,
    problems: [409],
    summary:
      'Art. 18: may this student be union staff or a presidium candidate? Each rule, passed or failed, explained',
  })
  async eligibility(
    @Param('studentId', studentIdPipe) studentId: string,
    @Query() query: EligibilityQuery,
    @RequestActor() actor: Actor,
  ): Promise<StaffEligibility & { studentId: string; organisationId: string }> {
    const student = await this.runner.load(studentStream(studentId), studentDecider);
    if (student.status === 'Unknown' || student.status === 'Erased' || !maySeeCollege(actor, student.collegeId)) {
      throw new StudentNotFound(`No student ${studentId} is on the roll`);
    }
    if (student.status === 'Left')
      throw new StudentNotEnrolled(`Student ${studentId} has left and is no longer a member`);
    const organisationId = query.organisationId ?? student.collegeId;
    const organisation = await this.organisations.find(organisationId);
    if (!organisation?.policy) {
      throw new EligibilityPolicyMissing(
        `Organisation ${organisationId} has no charter policy to judge eligibility by`,
        { field: 'organisationId' },
      );
    }
    return { studentId, organisationId, ...explainStaffEligibility(student, organisation.policy.staffEligibility) };
  }

  @Post(':studentId/erasure')
  @HttpCode(200)
  @Allow(['admin'])
  @CommandOperation({
    status: 200,
    summary:
      "Erase a student's personal data: their key is destroyed, the roster row purged; the audit chain stays valid",
  })
  erase(
    @Param('studentId', studentIdPipe) studentId: string,
    @Body() body: EraseStudentRequest,
    @Ctx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new EraseStudentCommand({ studentId }, { ...ctx, reason: body.reason }));
  }
}
