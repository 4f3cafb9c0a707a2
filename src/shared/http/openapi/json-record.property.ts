import { ApiProperty } from '@nestjs/swagger';

/**
 * A property that holds a read model's stored record (a JSON object kept as the event said it): typed as an
 * open object so a generated client keeps every member rather than guessing a shape.
 */
export const JsonRecordProperty = (description: string, options: { isArray?: boolean; nullable?: boolean } = {}) =>
  options.isArray
    ? ApiProperty({
        type: 'array',
        items: { type: 'object', additionalProperties: true },
        description,
        nullable: options.nullable,
      })
    : ApiProperty({ type: 'object', additionalProperties: true, description, nullable: options.nullable });
