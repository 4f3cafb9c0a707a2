import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Problem } from '../problem.js';

/** One field at fault, as `errors[]` of a problem lists them. */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorSchema {
  @ApiProperty({
    type: String,
    example: 'name',
    nullable: true,
    description: 'the body field, query parameter or header at fault (null for a whole roll file)',
  })
  field: string | null;

  @ApiProperty({ example: 'isNotEmpty', description: 'the rule it broke' })
  rule: string;

  @ApiProperty({ example: 'name should not be empty' })
  message: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    nullable: true,
    description: 'roll imports: the row of the file',
  })
  row?: number | null;

  @ApiPropertyOptional({
    type: String,
    example: '姓名',
    nullable: true,
    description: 'roll imports: the column of the file',
  })
  column?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'roll imports: the value found' })
  value?: string | null;
}

/** RFC 9457 problem details: the body of every error response (application/problem+json). */
@ApiSchema({ name: 'Problem' })
export class ProblemSchema implements Pick<
  Problem,
  'type' | 'title' | 'status' | 'detail' | 'code' | 'instance' | 'correlationId'
> {
  @ApiProperty({
    example: 'urn:charter:problem:request.invalid',
    description: 'urn:charter:problem: and the code, in lower case',
  })
  type: string;

  @ApiProperty({
    example: '请求无效',
    description: 'for people: Simplified Chinese, or English with Accept-Language: en',
  })
  title: string;

  @ApiProperty({ type: 'integer', example: 400, description: 'the HTTP status, repeated' })
  status: number;

  @ApiProperty({ example: 'name should not be empty', description: 'this occurrence, in the language of title' })
  detail: string;

  @ApiProperty({
    example: 'REQUEST.INVALID',
    description: 'stable machine-readable code: branch on this, not on the title',
  })
  code: string;

  @ApiProperty({ example: '/api/v1/organisations', description: 'the request path' })
  instance: string;

  @ApiProperty({
    example: '3f0c6c52-6a57-4c3e-9d55-7d1b8d7e1f10',
    description: 'the X-Correlation-Id of the request, for support',
  })
  correlationId: string;

  @ApiPropertyOptional({ type: [FieldErrorSchema], description: 'each field and rule at fault, when input is' })
  errors?: FieldErrorSchema[];

  @ApiPropertyOptional({
    type: 'integer',
    example: 30,
    description: '429 only: seconds until the limit resets (as Retry-After)',
  })
  retryAfterSeconds?: number;
}
