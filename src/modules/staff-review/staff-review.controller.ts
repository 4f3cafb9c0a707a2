import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Role } from '../../shared/auth/roles.js';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { ResultsNotPublished } from './domain/staff-review.errors.js';
import { type ReviewStep, ReviewStepCommand } from './staff-review.command-handlers.js';
import { StaffReviewFacts } from './staff-review-facts.js';
import { ReviewPeriodNotFound } from './staff-review.errors.js';
import {
  AppealRequest,
  AppointPanellistsRequest,
  ConflictRequest,
  OpenReviewRequest,
  PostDecisionRequest,
  ScoreRequest,
  SEMESTER,
} from './staff-review.requests.js';
import { NominationResponse, ReviewResponse, ReviewSummaryResponse, SheetResponse } from './staff-review.responses.js';
import { STAFF_REVIEWS_READ_MODEL } from './read-models/staff-reviews/staff-reviews.projection.js';
import {
  awardNominations,
  findReview,
  listReviews,
  reviewSheets,
} from './read-models/staff-reviews/staff-reviews.queries.js';

const UNION: readonly Role[] = ['union-staff', 'college-union-staff'];
/** 评议办法第二条: the panel's members act for themselves: delegates, student affairs, the Youth League committee. */
const PANELLISTS: readonly Role[] = ['delegate', 'student-affairs', 'youth-league-committee'];
const READERS: readonly Role[] = [...UNION, 'student-affairs', 'youth-league-committee', 'party-committee'];
const PERIOD = 'organisations/:orgId/staff-reviews/:semester';

/**
 * Art. 19-20 and the review rules (述职评议办法): the union opens a semester's review and appoints the panel; the
 * panellists score or declare conflicts; the union publishes every result together and decides on failing posts;
 * a reviewee asks for a re-review (复核), heard by a new panel. Oversight bodies read.
 */
@ApiTags('staff-review')
@ApiBearerAuth()
@Controller('api/v1')
export class StaffReviewController {
  constructor(
    private readonly commands: CommandBus,
    private readonly db: DataSource,
    private readonly facts: StaffReviewFacts,
  ) {}

  private run(step: ReviewStep, ctx: CommandContext): Promise<CommandResult> {
    if (!SEMESTER.test(step.semester)) throw new ReviewPeriodNotFound(`No review period ${step.semester}`);
    return this.commands.execute(new ReviewStepCommand(step, ctx));
  }

  @Post('organisations/:orgId/staff-reviews')
  @HttpCode(201)
  @Allow(UNION, 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'Open a semester’s review in its last month: the presidium and department heads in office are the reviewees (评议办法第三条、第五条)',
  })
  open(@Param('orgId') organisationId: string, @Body() body: OpenReviewRequest, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'OpenReviewPeriod', organisationId, semester: body.semester }, ctx);
  }

  @Post(`${PERIOD}/panellists`)
  @HttpCode(201)
  @Allow(UNION, 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'Appoint panellists to the period’s panel, or to a re-review’s (revieweeId): mostly seated delegates, with student affairs and the Youth League committee (评议办法第二条)',
  })
  appoint(
    @Param('orgId') organisationId: string,
    @Param('semester') semester: string,
    @Body() body: AppointPanellistsRequest,
    @Ctx() ctx: CommandContext,
  ) {
    const { revieweeId = null, congressId = null, members } = body;
    return this.run({ type: 'AppointPanellists', organisationId, semester, revieweeId, congressId, members }, ctx);
  }

  @Post(`${PERIOD}/conflicts`)
  @HttpCode(201)
  @Allow(PANELLISTS, 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'A panellist declares a conflict of interest with a reviewee and is recused; the panel left is checked again',
  })
  declareConflict(
    @Param('orgId') organisationId: string,
    @Param('semester') semester: string,
    @Body() body: ConflictRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'DeclareConflict', organisationId, semester, ...body }, ctx);
  }

  @Post(`${PERIOD}/scores`)
  @HttpCode(201)
  @Allow(PANELLISTS, 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'A panellist scores a reviewee once on the period’s rubric, each item within its maximum; unseen by others until publication',
  })
  score(
    @Param('orgId') organisationId: string,
    @Param('semester') semester: string,
    @Body() body: ScoreRequest,
    @Ctx() ctx: CommandContext,
  ) {
    const sheet = { daily: body.sheet.daily, concentrated: body.sheet.concentrated };
    return this.run({ type: 'SubmitScore', organisationId, semester, revieweeId: body.revieweeId, sheet }, ctx);
  }

  @Post(`${PERIOD}/publication`)
  @HttpCode(200)
  @Allow(UNION, 'orgId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'Publish every result together, aggregated and rounded by the stated rules; failing posts are flagged',
  })
  publish(@Param('orgId') organisationId: string, @Param('semester') semester: string, @Ctx() ctx: CommandContext) {
    return this.run({ type: 'PublishReviewResults', organisationId, semester }, ctx);
  }

  @Post(`${PERIOD}/appeals`)
  @HttpCode(201)
  @Allow(UNION, 'orgId')
  @CommandOperation({
    status: 201,
    summary: 'The reviewee asks for a re-review (复核) of their own result, with reasons, by the deadline',
  })
  appeal(
    @Param('orgId') organisationId: string,
    @Param('semester') semester: string,
    @Body() body: AppealRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'FileReviewAppeal', organisationId, semester, revieweeId: ctx.actor.id, ...body }, ctx);
  }

  @Post(`${PERIOD}/appeals/:revieweeId/decision`)
  @HttpCode(200)
  @Allow(UNION, 'orgId')
  @CommandOperation({
    status: 200,
    hasBody: false,
    summary: 'Record the re-review’s result beside the original: upheld or changed',
  })
  decideAppeal(
    @Param('orgId') organisationId: string,
    @Param('semester') semester: string,
    @Param('revieweeId') revieweeId: string,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'DecideReviewAppeal', organisationId, semester, revieweeId }, ctx);
  }

  @Post(`${PERIOD}/post-decisions`)
  @HttpCode(201)
  @Allow(UNION, 'orgId')
  @CommandOperation({
    status: 201,
    summary:
      'Decide on a post below the pass mark: keep with improvement, or remove (made in the staff register) (Art. 20)',
  })
  decidePost(
    @Param('orgId') organisationId: string,
    @Param('semester') semester: string,
    @Body() body: PostDecisionRequest,
    @Ctx() ctx: CommandContext,
  ) {
    return this.run({ type: 'DecidePost', organisationId, semester, ...body }, ctx);
  }

  @Get('organisations/:orgId/staff-reviews')
  @Allow(READERS, 'orgId')
  @ReadsFrom(STAFF_REVIEWS_READ_MODEL)
  @QueryOperation({
    response: [ReviewSummaryResponse],
    readAfter: true,
    byId: true,
    summary: 'The union’s review periods, latest first',
  })
  async list(@Param('orgId') organisationId: string) {
    await this.facts.requireUnion(organisationId);
    return listReviews(this.db, organisationId);
  }

  @Get(PERIOD)
  @Allow(READERS, 'orgId')
  @ReadsFrom(STAFF_REVIEWS_READ_MODEL)
  @QueryOperation({
    response: ReviewResponse,
    readAfter: true,
    byId: true,
    summary: 'A period: its rules, panel, progress per reviewee, and the results once published',
  })
  find(@Param('orgId') organisationId: string, @Param('semester') semester: string) {
    return this.review(organisationId, semester);
  }

  @Get(`${PERIOD}/sheets`)
  @Allow(READERS, 'orgId')
  @ReadsFrom(STAFF_REVIEWS_READ_MODEL)
  @QueryOperation({
    response: [SheetResponse],
    readAfter: true,
    byId: true,
    summary: 'Every sheet and recusal, once the results are published (409 before: nobody sees others’ scores)',
  })
  async sheets(@Param('orgId') organisationId: string, @Param('semester') semester: string) {
    const review = await this.review(organisationId, semester);
    if (review.status !== 'published') throw new ResultsNotPublished('Sheets are read once the results are published');
    return reviewSheets(this.db, organisationId, semester);
  }

  @Get(`${PERIOD}/award-nominations`)
  @Allow(READERS, 'orgId')
  @ReadsFrom(STAFF_REVIEWS_READ_MODEL)
  @QueryOperation({
    response: [NominationResponse],
    readAfter: true,
    byId: true,
    summary: 'The staff eligible for award nominations, ordered by result, never by post (Art. 22)',
  })
  async nominations(@Param('orgId') organisationId: string, @Param('semester') semester: string) {
    const review = await this.review(organisationId, semester);
    if (review.status !== 'published') throw new ResultsNotPublished('Nominations follow the published results');
    return awardNominations(review);
  }

  private async review(organisationId: string, semester: string) {
    const review = SEMESTER.test(semester) ? await findReview(this.db, organisationId, semester) : null;
    if (!review) throw new ReviewPeriodNotFound(`${organisationId} has no review of ${semester}`);
    return review;
  }
}
