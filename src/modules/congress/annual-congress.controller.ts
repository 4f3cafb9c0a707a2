import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { Clock } from '../../shared/clock.js';
import { QueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ReadsFrom } from '../../shared/http/read-after.interceptor.js';
import { beijingYear } from '../../shared/domain/beijing-date.js';
import { CLOCK } from '../../shared/tokens.js';
import { OrganisationFacts } from '../organisations/index.js';
import { AnnualCongressQuery } from './congress.requests.js';
import { CongressNotConvened } from './domain/congress.errors.js';
import {
  type AnnualStatus,
  type YearCongress,
  annualStatus,
  congressesInYear,
} from './read-models/congress-overview/annual-congress.queries.js';
import { CONGRESS_OVERVIEW } from './read-models/congress-overview/congress-overview.projection.js';

class YearCongressResponse implements YearCongress {
  @ApiProperty() congressId: string;
  @ApiProperty({ description: '届次' }) number: number;
  @ApiProperty() extraordinary: boolean;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

class UnionYearResponse {
  @ApiProperty() organisationId: string;
  @ApiProperty({ enum: ['held', 'due', 'overdue'], description: 'overdue: a past year with no ordinary congress' })
  status: AnnualStatus;
  @ApiProperty({ type: [YearCongressResponse] }) congresses: YearCongressResponse[];
}

class AnnualCongressResponse extends UnionYearResponse {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ type: [UnionYearResponse], description: 'its college unions (Art. 17), each by the same rule' })
  colleges: UnionYearResponse[];
}

/** Art. 8 and Art. 17: a union's congress meets once a year; a year without one shows, for it and its colleges. */
@ApiTags('congress')
@ApiBearerAuth()
@Controller('api/v1')
export class AnnualCongressController {
  constructor(
    private readonly db: DataSource,
    private readonly organisations: OrganisationFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('organisations/:organisationId/annual-congress')
  @Allow(['union-staff', 'college-union-staff', 'party-committee', 'youth-league-committee', 'supervisor', 'auditor'])
  @ReadsFrom(CONGRESS_OVERVIEW)
  @QueryOperation({
    response: AnnualCongressResponse,
    readAfter: true,
    byId: true,
    validatesQuery: true,
    summary: 'Whether the school union and each of its college unions held their congress in a year (Art. 8, 17)',
  })
  async annual(@Param('organisationId') organisationId: string, @Query() query: AnnualCongressQuery) {
    const union = await this.organisations.find(organisationId);
    if (union?.kind !== 'school-union')
      throw new CongressNotConvened(`${organisationId} is not a registered school union`, { field: 'organisationId' });
    const currentYear = beijingYear(this.clock.now().toISOString());
    const year = query.year ?? currentYear;
    const colleges = (await this.organisations.collegeUnionsOf(organisationId)).value;
    const held = await congressesInYear(this.db, [organisationId, ...colleges], year);
    const of = (id: string) => {
      const congresses = held.get(id) ?? [];
      return { organisationId: id, status: annualStatus(congresses, year, currentYear), congresses };
    };
    return { ...of(organisationId), year, colleges: colleges.map(of) };
  }
}
