/** The columns of a student roll file (CSV or XLSX), documented in docs/students.md. */
export type RollField =
  | 'studentNumber'
  | 'name'
  | 'college'
  | 'major'
  | 'grade'
  | 'class'
  | 'clubs'
  | 'politicalStatus'
  | 'rankPercentile'
  | 'failedCourses'
  | 'officer';

export type RollColumn = Readonly<{
  field: RollField;
  /** the header the template writes */
  header: string;
  /** other headers accepted for the same column (compared without case, spaces, '_' or '-') */
  aliases: readonly string[];
  example: string;
}>;

export const ROLL_COLUMNS: readonly RollColumn[] = [
  {
    field: 'studentNumber',
    header: '学号',
    aliases: ['studentNumber', 'student number', 'student no', 'number'],
    example: '2023010101',
  },
  { field: 'name', header: '姓名', aliases: ['name'], example: '张三' },
  { field: 'college', header: '学院', aliases: ['college', 'collegeId'], example: 'arts' },
  { field: 'major', header: '专业', aliases: ['major'], example: '视觉传达设计' },
  { field: 'grade', header: '年级', aliases: ['grade', 'cohort'], example: '2023' },
  { field: 'class', header: '班级', aliases: ['class', 'classId'], example: '视传2301' },
  { field: 'clubs', header: '社团', aliases: ['clubs'], example: '摄影社；辩论队' },
  {
    field: 'politicalStatus',
    header: '政治面貌',
    aliases: ['politicalStatus', 'political status'],
    example: '共青团员',
  },
  { field: 'rankPercentile', header: '专业排名百分比', aliases: ['rankPercentile', 'rank percentile'], example: '12' },
  { field: 'failedCourses', header: '不及格门数', aliases: ['failedCourses', 'failed courses'], example: '0' },
  { field: 'officer', header: '学生会骨干', aliases: ['officer'], example: '否' },
];

export const COLUMN_BY_FIELD: Readonly<Record<RollField, RollColumn>> = Object.fromEntries(
  ROLL_COLUMNS.map((c) => [c.field, c]),
) as Record<RollField, RollColumn>;

/** Full-width letters and digits (common in Chinese spreadsheets) become ASCII; case, spaces and '_'/'-' are ignored. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const FIELD_BY_HEADER = new Map<string, RollField>(
  ROLL_COLUMNS.flatMap((c) => [c.header, c.field, ...c.aliases].map((h) => [headerKey(h), c.field] as const)),
);

export function fieldOfHeader(header: string): RollField | undefined {
  return FIELD_BY_HEADER.get(headerKey(header));
}
