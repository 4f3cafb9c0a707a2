import { ApiProperty } from '@nestjs/swagger';
import { JsonRecordProperty } from '../../shared/http/openapi/json-record.property.js';
import type { SittingView } from './read-models/attendance/attendance.queries.js';
import type { CollegeAllocationView, CongressView } from './read-models/congress-overview/congress-overview.queries.js';
import type { CompositionView } from './read-models/delegate-roster/composition.queries.js';
import type { DelegateView } from './read-models/delegate-roster/delegate-roster.queries.js';

/** Response bodies of the congress and sitting routes, for the OpenAPI document; `implements` keeps them true to the views. */

const DELEGATE_STATUSES = ['recommended', 'elected', 'not-elected', 'qualified', 'rejected', 'withdrawn'];

export class CongressRatioResponse {
  @ApiProperty({ example: 2 }) numerator: number;
  @ApiProperty({ example: 3 }) denominator: number;
}

export class SeatShareResponse {
  @ApiProperty({ example: 44100, description: 'seats of the round × the college’s students' }) numerator: number;
  @ApiProperty({ example: 5861, description: 'students of the colleges in the round' }) denominator: number;
  @ApiProperty({ example: '7.524', description: 'the exact share to 3 places' }) decimal: string;
}

export class CollegeAllocationResponse implements CollegeAllocationView {
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @ApiProperty({ example: 1200, description: 'enrolled students' }) students: number;
  @ApiProperty({ example: 5, description: 'the policy minimum per college (delegate notice: 5)' }) minimum: number;
  @ApiProperty({
    type: SeatShareResponse,
    description: 'the exact share of seats in the round the college was settled',
  })
  share: SeatShareResponse;
  @ApiProperty({ example: '7.524', description: 'share.decimal, kept for earlier clients' }) proportionalShare: string;
  @ApiProperty({
    enum: ['minimum', 'share', 'minimum-plus-share'],
    description:
      'minimum: its share fell below the minimum; share: its seats are its share; minimum-plus-share: the minimum-first method',
  })
  basis: 'minimum' | 'share' | 'minimum-plus-share';
  @ApiProperty({ example: 1, description: 'round of the allocation in which the college was settled' }) round: number;
  @ApiProperty({ example: 18 }) proportional: number;
  @ApiProperty({ example: 1, description: '1 when a largest-remainder seat went to this college' })
  remainderSeat: number;
  @ApiProperty({ example: 24 }) seats: number;
  @ApiProperty({
    example: '按比例 7.524 → 7 + 1（最大余数） = 8',
    description: 'why the college has its seats, for the minutes',
  })
  why: string;
}

export class CongressResponse implements CongressView {
  @ApiProperty({ example: 'congress-2026' }) congressId: string;
  @ApiProperty({ example: 'school' }) organisationId: string;
  @ApiProperty({ example: 1, description: '届次' }) number: number;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: 140 }) targetSeats: number;
  @ApiProperty({ example: 5200 }) totalStudents: number;
  @ApiProperty({
    example: 'largest-remainder-with-minimum',
    description: 'the policy’s seatAllocation; minimum-then-largest-remainder for congresses convened before it',
  })
  method: string;
  @ApiProperty({ example: 30 }) minimumSeats: number;
  @ApiProperty({ example: 110 }) proportionalSeats: number;
  @ApiProperty({ type: CongressRatioResponse }) quorum: CongressRatioResponse;
  @ApiProperty({ type: CongressRatioResponse }) nonOfficerShareMin: CongressRatioResponse;
  @ApiProperty({ type: [String] }) mainClubs: string[];
  @ApiProperty({ format: 'date-time' }) convenedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'the log position the enrolment was read at' })
  enrolmentReadAt: string | null;
  @ApiProperty({ type: [CollegeAllocationResponse] }) allocation: CollegeAllocationResponse[];
  @ApiProperty({ type: [String], description: 'how the seats were shared, in words, for the minutes' })
  arithmetic: string[];
}

export class DelegateResponse implements DelegateView {
  @ApiProperty() studentId: string;
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @ApiProperty() branchId: string;
  @ApiProperty({ enum: DELEGATE_STATUSES }) status: string;
  @ApiProperty({ description: 'holds a union post' }) officer: boolean;
  @ApiProperty({ example: '2023' }) grade: string;
  @ApiProperty({ type: [String] }) clubs: string[];
  @ApiProperty({ type: String, nullable: true, description: 'the delegate this one replaces' }) replaces: string | null;
  @JsonRecordProperty(
    'how the college union elected: { method: vote, votesFor, votesAgainst, abstentions } or { method: decision, reference }',
    { nullable: true },
  )
  record: unknown;
  @ApiProperty({ type: String, nullable: true, description: 'why rejected or withdrawn' }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SeatsFilledResponse {
  @ApiProperty({ example: 140 }) target: number;
  @ApiProperty({ example: 92 }) filled: number;
}

export class CollegeSeatsResponse {
  @ApiProperty({ example: 'arts' }) collegeId: string;
  @ApiProperty({ example: 24 }) quota: number;
  @ApiProperty({ example: 20 }) filled: number;
  @ApiProperty({ example: 4 }) vacant: number;
}

export class NonOfficerShareResponse {
  @ApiProperty({ example: 60 }) count: number;
  @ApiProperty({ example: 92 }) of: number;
  @ApiProperty({ example: '65.2' }) share: string;
  @ApiProperty({ example: '60.0' }) required: string;
  @ApiProperty() met: boolean;
}

export class MainClubCoverageResponse {
  @ApiProperty({ example: '青年志愿者协会' }) club: string;
  @ApiProperty({ example: 2 }) delegates: number;
}

export class CompositionResponse implements CompositionView {
  @ApiProperty() congressId: string;
  @ApiProperty({ type: SeatsFilledResponse }) seats: SeatsFilledResponse;
  @ApiProperty({ type: [CollegeSeatsResponse] }) colleges: CollegeSeatsResponse[];
  @ApiProperty({ type: NonOfficerShareResponse }) nonOfficers: NonOfficerShareResponse;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 2023: 40, 2024: 52 },
    description: 'delegates per grade',
  })
  grades: Record<string, number>;
  @ApiProperty({ type: [MainClubCoverageResponse] }) mainClubs: MainClubCoverageResponse[];
  @ApiProperty({ type: [String] }) warnings: string[];
}

export class QuorumLogEntryResponse {
  @ApiProperty({ example: 'QuorumReached' }) event: string;
  @ApiProperty({ example: 94 }) present: number;
  @ApiProperty({ example: 140 }) elected: number;
  @ApiProperty({ example: 94 }) required: number;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SittingResponse implements SittingView {
  @ApiProperty({ example: 'plenary-1' }) sittingId: string;
  @ApiProperty() congressId: string;
  @ApiProperty({ example: '第一次全体会议' }) title: string;
  @ApiProperty({ enum: ['open', 'in-business', 'closed'] }) status: string;
  @ApiProperty({ description: 'delegates on the roll' }) elected: number;
  @ApiProperty({ description: 'present needed for the quorum' }) required: number;
  @ApiProperty() present: number;
  @ApiProperty() quorate: boolean;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) businessOpenedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: [String] }) presentDelegates: string[];
  @ApiProperty({ type: [QuorumLogEntryResponse] }) quorumLog: QuorumLogEntryResponse[];
}
