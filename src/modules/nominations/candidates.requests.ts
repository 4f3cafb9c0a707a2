import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  Max,
  Min,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ELECTION_ID } from '../elections/index.js';
import { RESUME_MAX_LENGTH } from './domain/candidate-list.decide.js';
import { ELECTED_OFFICES, type ElectedOffice } from './domain/candidate-list.events.js';

const ID_RULE = { message: '$property must be 1-64 letters, digits, _ or -' };

export class OpenNominationsRequest {
  @ApiProperty({ example: 'presidium-2026' }) @IsString() @Matches(ELECTION_ID, ID_RULE) electionId: string;
  @ApiProperty({ example: 'congress-1', description: 'the congress that elects' })
  @IsString()
  @Matches(ELECTION_ID, ID_RULE)
  congressId: string;
  @ApiPropertyOptional({
    enum: ELECTED_OFFICES,
    default: 'presidium',
    description: 'the presidium (Art. 14), or the delegates to the higher federation’s congress (Art. 8 (4))',
  })
  @IsOptional()
  @IsIn(ELECTED_OFFICES)
  office?: ElectedOffice;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    description: 'federation delegates: the seats the federation allotted',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  seats?: number;
}

export class RecommendCandidateRequest {
  @ApiProperty({ description: 'the student (registry id)' }) @IsString() @IsNotEmpty() @MaxLength(64) studentId: string;
  @ApiProperty({ description: 'the résumé the candidate filled (domain.md step 1)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(RESUME_MAX_LENGTH)
  resume: string;
}

export class PartyConsentRequest {
  @ApiProperty({ description: 'true consents; false refuses with a reason' }) @IsBoolean() consent: boolean;
  @ApiPropertyOptional()
  @ValidateIf((r: PartyConsentRequest) => !r.consent)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

export class InterviewRequest {
  @ApiProperty({ description: 'true signs off the interview; false rejects with a reason' })
  @IsBoolean()
  approved: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @ApiPropertyOptional()
  @ValidateIf((r: InterviewRequest) => !r.approved)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

export class ExclusionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) studentId: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class ConfirmListRequest {
  @ApiPropertyOptional({
    type: [ExclusionDto],
    description: 'cleared candidates the committee strikes, each with a reason',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ExclusionDto)
  excluded?: ExclusionDto[];
}
