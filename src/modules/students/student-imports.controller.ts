import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Post,
  Query,
  UnsupportedMediaTypeException,
  UseFilters,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import { Allow } from '../../shared/auth/allow.decorator.js';
import type { CommandContext } from '../../shared/commands/command-context.js';
import { Ctx } from '../../shared/commands/command-context.decorator.js';
import { CommandOperation, FileQueryOperation } from '../../shared/http/openapi/operations.decorator.js';
import { ConsumesBody } from '../../shared/http/body-content-types.js';
import { languageOf } from '../../shared/i18n/language.js';
import { ImportRejectedFilter } from './import-rejected.filter.js';
import { collegeScope } from './request-actor.js';
import { CSV_TYPE, XLSX_TYPE, rollFileType } from './roll-file/roll-file.js';
import { rollProblemsIn } from './roll-file/roll-problem-messages.js';
import { csvTemplate, xlsxTemplate } from './roll-file/roll-template.js';
import { ImportStudentRollCommand, type RollImportResult } from './student-roll-import.command-handler.js';
import { ImportRollQuery } from './students.requests.js';
import { RollImportResponse } from './students.responses.js';

/** Imports by the school union's staff, or a college union's staff for their own college. */
const IMPORTERS = ['union-staff', 'college-union-staff'] as const;

@ApiTags('students')
@ApiBearerAuth()
@Controller('api/v1/students')
export class StudentImportsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('imports')
  @HttpCode(200)
  @Allow(IMPORTERS)
  @UseFilters(ImportRejectedFilter)
  @ConsumesBody(CSV_TYPE, XLSX_TYPE)
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    description: 'the roll file itself (columns in docs/students.md)',
  })
  @CommandOperation({
    status: 200,
    byId: false,
    response: RollImportResponse,
    description:
      'A refused roll is a 422 STUDENTS.IMPORT_REJECTED whose `errors` give row, column, value and rule for each problem.',
    summary:
      'Import a student roll (CSV or XLSX): enrols, updates and marks absent students as left; a file with a bad row imports nothing unless onlyValidRows=true',
  })
  async import(
    @Body() file: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Query() query: ImportRollQuery,
    @Ctx() ctx: CommandContext,
  ): Promise<RollImportResult> {
    const fileType = rollFileType(contentType);
    if (!fileType || !Buffer.isBuffer(file))
      throw new UnsupportedMediaTypeException(`Send the roll as ${CSV_TYPE} or ${XLSX_TYPE}`);
    const collegeId = collegeScope(ctx.actor, query.college);
    const fileSha256 = createHash('sha256').update(file).digest('hex');
    const result = await this.commands.execute(
      new ImportStudentRollCommand(
        { file, fileType, fileSha256, collegeId, onlyValidRows: query.onlyValidRows === 'true' },
        ctx,
      ),
    );
    return { ...result, errors: rollProblemsIn(result.errors, languageOf(acceptLanguage)) };
  }

  @Get('import-template.csv')
  @Allow(IMPORTERS)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="student-roll-template.csv"')
  @FileQueryOperation({
    mediaType: CSV_TYPE,
    binary: false,
    usesDatabase: false,
    summary: 'The roll template: UTF-8 with a byte-order mark, the header row and one example row',
  })
  csvTemplate(): Buffer {
    return csvTemplate();
  }

  @Get('import-template.xlsx')
  @Allow(IMPORTERS)
  @Header('content-type', XLSX_TYPE)
  @Header('content-disposition', 'attachment; filename="student-roll-template.xlsx"')
  @FileQueryOperation({
    mediaType: XLSX_TYPE,
    binary: true,
    usesDatabase: false,
    summary: 'The roll template as a workbook',
  })
  xlsxTemplate(): Promise<Buffer> {
    return xlsxTemplate();
  }
}
