import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const ID_RULE = { message: '$property must be 1-64 letters, digits, _ or -' };

export class ConveneCongressRequest {
  @ApiProperty({ example: 'congress-2026' }) @IsString() @Matches(ID, ID_RULE) congressId: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: '届次' }) @IsInt() @Min(1) number: number;
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, example: 140 })
  @IsInt()
  @Min(1)
  @Max(10000)
  targetSeats: number;
  @ApiPropertyOptional({ example: ['青年志愿者协会'], description: 'main clubs the delegates should cover' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  mainClubs?: string[];
  @ApiPropertyOptional({ description: 'Art. 8: a second congress in the same year is extraordinary, with its reason' })
  @IsOptional()
  @IsBoolean()
  extraordinary?: boolean;
  @ApiPropertyOptional({ example: '主席团成员半数以上出缺，需补选' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  extraordinaryReason?: string;
}

/** Art. 17: the college party organisation's approval cites its decision. */
export class PartyApprovalRequest {
  @ApiProperty({ example: '学院党委会议 2026 年第 9 次会议同意召开' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

/** Art. 17: the school union's reply approves the request, or refuses it with its reasons. */
export class CollegeCongressReplyRequest {
  @ApiProperty({ description: 'true approves the request; false refuses it (reasons required)' })
  @IsBoolean()
  approved: boolean;
  @ApiPropertyOptional({ example: '代表名额方案未覆盖全部年级，请调整后重新报批' })
  @ValidateIf((r: CollegeCongressReplyRequest) => r.approved === false || r.reasons !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reasons?: string;
}

export class AnnualCongressQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description: 'defaults to this year (Beijing)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class RecommendDelegateRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) studentId: string;
  @ApiPropertyOptional({ description: 'the withdrawn or rejected delegate this student replaces' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  replaces?: string;
}

export class RecordElectionRequest {
  @ApiProperty({ description: 'whether the college union elected the student' }) @IsBoolean() elected: boolean;
  @ApiProperty({ enum: ['vote', 'decision'] }) @IsIn(['vote', 'decision']) method: 'vote' | 'decision';
  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @ValidateIf((r: RecordElectionRequest) => r.method === 'vote')
  @IsInt()
  @Min(0)
  votesFor?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @ValidateIf((r: RecordElectionRequest) => r.method === 'vote')
  @IsInt()
  @Min(0)
  votesAgainst?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 })
  @ValidateIf((r: RecordElectionRequest) => r.method === 'vote')
  @IsInt()
  @Min(0)
  abstentions?: number;
  @ApiPropertyOptional({ description: 'the minute or decision that elected' })
  @ValidateIf((r: RecordElectionRequest) => r.method === 'decision')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reference?: string;
}

export class CredentialsRequest {
  @ApiProperty({ description: 'true qualifies the delegate; false rejects with a reason' })
  @IsBoolean()
  qualified: boolean;
  @ApiPropertyOptional()
  @ValidateIf((r: CredentialsRequest) => !r.qualified)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

export class WithdrawalRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class OpenSittingRequest {
  @ApiProperty({ example: 'plenary-1' }) @IsString() @Matches(ID, ID_RULE) sittingId: string;
  @ApiProperty({ example: '第一次全体会议' }) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
}

export class AttendanceRequest {
  @ApiProperty({ description: 'the delegate (student id)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  delegateId: string;
}
