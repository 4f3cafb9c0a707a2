/**
 * A realistic, deterministic student roll for demos and tests: the seed's scale (5,861 full-time students in
 * six colleges), Chinese names, majors, cohorts, classes, clubs and political status in plausible proportions.
 * The same seed always gives the same roll.
 */
export type DemoCollege = Readonly<{ collegeId: string; name: string; students: number; majors: readonly string[] }>;

export const DEMO_COLLEGES: readonly DemoCollege[] = [
  {
    collegeId: 'engineering',
    name: '智能制造学院',
    students: 1850,
    majors: ['机电一体化技术', '工业机器人技术', '数控技术'],
  },
  { collegeId: 'business', name: '经济管理学院', students: 1320, majors: ['大数据与会计', '电子商务', '市场营销'] },
  { collegeId: 'it', name: '信息工程学院', students: 1105, majors: ['软件技术', '计算机网络技术', '云计算技术应用'] },
  { collegeId: 'arts', name: '艺术设计学院', students: 702, majors: ['环境艺术设计', '数字媒体艺术设计'] },
  { collegeId: 'health', name: '健康学院', students: 566, majors: ['护理', '康复治疗技术'] },
  { collegeId: 'humanities', name: '人文学院', students: 318, majors: ['学前教育', '商务英语'] },
];

export const DEMO_CLUBS = ['青年志愿者协会', '学生科技协会', '文学社', '篮球协会', '舞蹈团', '心理健康协会'] as const;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏宇浩凯晨欣怡婷雪琳佳俊子涵梓轩思雨若彤博文嘉怡一诺宏志晓雯';

export type DemoStudent = Readonly<{
  studentNumber: string;
  name: string;
  collegeId: string;
  major: string;
  grade: number;
  classId: string;
  clubs: string[];
  politicalStatus: 'CPC' | 'CYL' | 'none';
  rankPercentile: number;
  failedCourses: number;
  officer: boolean;
}>;

/** mulberry32: small, fast and good enough to make a plausible roll repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRoll(colleges: readonly DemoCollege[] = DEMO_COLLEGES, seed = 2020): DemoStudent[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[] | string): T => items[Math.floor(next() * items.length)] as T;
  const students: DemoStudent[] = [];
  colleges.forEach((college, c) => {
    for (let i = 0; i < college.students; i++) {
      const grade = 2023 + (i % 3);
      const major = college.majors[i % college.majors.length]!;
      const classNo = 1 + Math.floor(i / (college.majors.length * 3 * 45));
      const roll = next();
      students.push({
        studentNumber: `${grade}${String(c + 1).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
        name: `${pick<string>(SURNAMES)}${pick<string>(GIVEN)}${next() < 0.6 ? pick<string>(GIVEN) : ''}`,
        collegeId: college.collegeId,
        major,
        grade,
        classId: `${college.collegeId}-${grade}-${(i % college.majors.length) + 1}-${classNo}`,
        clubs: next() < 0.45 ? [pick(DEMO_CLUBS)] : [],
        politicalStatus: roll < 0.04 ? 'CPC' : roll < 0.82 ? 'CYL' : 'none',
        rankPercentile: 1 + Math.floor(next() * 100),
        failedCourses: next() < 0.12 ? 1 + Math.floor(next() * 3) : 0,
        officer: next() < 0.05,
      });
    }
  });
  return students;
}

const HEADER = [
  '学号',
  '姓名',
  '学院',
  '专业',
  '年级',
  '班级',
  '社团',
  '政治面貌',
  '专业排名百分比',
  '不及格门数',
  '学生会骨干',
];
const POLITICAL_LABEL = { CPC: '中共党员', CYL: '共青团员', none: '群众' } as const;

/** The roll as the registry's import CSV (UTF-8 with BOM, as spreadsheet programs write it). */
export function rollToCsv(students: readonly DemoStudent[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = students.map((s) =>
    [
      s.studentNumber,
      s.name,
      s.collegeId,
      s.major,
      String(s.grade),
      s.classId,
      s.clubs.join('；'),
      POLITICAL_LABEL[s.politicalStatus],
      String(s.rankPercentile),
      String(s.failedCourses),
      s.officer ? '是' : '否',
    ]
      .map(quote)
      .join(','),
  );
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
