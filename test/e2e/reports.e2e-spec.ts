import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { waitUntilCaughtUp } from '../../src/shared/projections/wait-until-caught-up.js';
import { expectStatus } from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 90, majors: ['软件技术'] },
  { collegeId: 'health', name: '健康学院', students: 40, majors: ['护理'] },
];
const SITTING = 'report-plenary-1';

let t: TestApp;
let seated: SeatedCongress;
let position: string;

type CongressReport = {
  organisationName: string;
  seated: number;
  colleges: Array<{ collegeId: string; collegeName: string; quota: number; seated: number; vacant: number }>;
  composition: { officers: number; nonOfficers: number; nonOfficerShare: string; met: boolean };
  sittings: Array<{ sittingId: string; present: number; required: number; quorate: boolean }>;
};

const checkIn = async (delegateId: string) => {
  const r = await expectStatus(
    t.request<{ position: string }>('POST', `/api/v1/organisations/${seated.schoolId}/sittings/${SITTING}/check-ins`, {
      token: seated.tokens.schoolStaff,
      body: { delegateId },
    }),
    200,
  );
  position = r.position;
};

beforeAll(async () => {
  t = await startTestApp();
  seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 18 });
  const opened = await expectStatus(
    t.request<{ position: string }>(
      'POST',
      `/api/v1/organisations/${seated.schoolId}/congresses/${seated.congressId}/sittings`,
      { token: seated.tokens.schoolStaff, body: { sittingId: SITTING, title: '第一次全体会议' } },
    ),
    201,
  );
  position = opened.position;
}, 120_000);
afterAll(() => t.close());

const get = <T>(path: string, token = seated.tokens.schoolStaff) =>
  t.request<T>('GET', path, { token, headers: { 'x-read-after': position } });

describe('reports: congress, sittings and compliance, read from the log, exported with Chinese headers', () => {
  it('reports seats against quota per college with college names, and the composition against the charter', async () => {
    const r = await get<CongressReport>(`/api/v1/reports/congresses/${seated.congressId}`);
    expect(r.status).toBe(200);
    expect(r.body.seated).toBe(18);
    expect(r.body.colleges.map((c) => [c.collegeId, c.collegeName, c.quota, c.seated, c.vacant])).toEqual([
      ['arts', '艺术设计学院学生会', 5, 5, 0],
      ['health', '健康学院学生会', 5, 5, 0],
      ['it', '信息工程学院学生会', 8, 8, 0],
    ]);
    const { officers, nonOfficers } = r.body.composition;
    expect(officers + nonOfficers).toBe(18);
    expect(r.body.composition.met).toBe(nonOfficers * 5 >= 18 * 3);
    // The congress module's own composition agrees with the report.
    const composition = await get<{ nonOfficers: { count: number; share: string } }>(
      `/api/v1/congresses/${seated.congressId}/composition`,
    );
    expect(composition.body.nonOfficers).toMatchObject({
      count: nonOfficers,
      share: r.body.composition.nonOfficerShare,
    });
  });

  it('moves the sitting’s attendance and quorum with each check-in, as the live sitting does', async () => {
    const before = await get<{ present: number; required: number; quorate: boolean }>(
      `/api/v1/reports/sittings/${SITTING}`,
    );
    expect(before.body).toMatchObject({ present: 0, required: 12, quorate: false });
    // Checking in towards the quorum is not yet a failure of it.
    const checkingIn = await get<{ items: Array<{ key: string; met: boolean | null }> }>(
      `/api/v1/reports/organisations/${seated.schoolId}/compliance`,
    );
    expect(checkingIn.body.items.find((i) => i.key === 'quorum')?.met).toBeNull();
    for (const delegateId of seated.delegateIds.slice(0, 12)) await checkIn(delegateId);
    const after = await get<{ present: number; peakPresent: number; quorate: boolean; attendance: string }>(
      `/api/v1/reports/sittings/${SITTING}`,
    );
    expect(after.body).toMatchObject({ present: 12, peakPresent: 12, quorate: true, attendance: '66.7' });
    const live = await get<{ present: number; quorate: boolean }>(`/api/v1/sittings/${SITTING}`);
    expect(live.body).toMatchObject({ present: 12, quorate: true });
  });

  it('summarises compliance: every judged charter number and whether the union meets it', async () => {
    const r = await get<{ items: Array<{ key: string; met: boolean | null }> }>(
      `/api/v1/reports/organisations/${seated.schoolId}/compliance`,
    );
    expect(r.status).toBe(200);
    const met = Object.fromEntries(r.body.items.map((i) => [i.key, i.met]));
    expect(met).toMatchObject({ delegateMinPerCollege: true, seatsFilled: true, quorum: true, resultsFiled: null });
    // The seeded congress is of 2026: Art. 8 is met while it is 2026 in Beijing.
    const beijingYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    expect(met.annualCongress).toBe(beijingYear === 2026);
  });

  it('exports the congress report as XLSX and CSV with Chinese headers that read back', async () => {
    const xlsx = await fetch(`${t.baseUrl}/api/v1/reports/congresses/${seated.congressId}/export.xlsx`, {
      headers: { authorization: `Bearer ${seated.tokens.schoolStaff}`, 'x-read-after': position },
    });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const seats = workbook.worksheets[0]!;
    expect(seats.getRow(1).values).toEqual([
      undefined,
      '学院',
      '学生人数',
      '最少名额',
      '分配名额',
      '推荐人数',
      '已产生代表',
      '资格审查通过',
      '空缺',
    ]);
    expect(seats.getRow(2).getCell(1).value).toBe('艺术设计学院学生会');
    expect(seats.getRow(2).getCell(4).value).toBe(5);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['代表构成', '各次会议出席与法定人数']),
    );
    const csv = await fetch(`${t.baseUrl}/api/v1/reports/organisations/${seated.schoolId}/compliance/export.csv`, {
      headers: { authorization: `Bearer ${seated.tokens.schoolStaff}`, 'x-read-after': position },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('事项,依据,要求,现状,是否符合');
  });

  it('answers 404 problems for what does not exist and 403 for a role that reads no reports', async () => {
    const missing = await get<{ code: string }>('/api/v1/reports/congresses/no-such-congress');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('REPORT.CONGRESS_NOT_FOUND');
    expect((await get('/api/v1/reports/elections/none')).status).toBe(404);
    expect((await get('/api/v1/reports/sittings/none')).status).toBe(404);
    expect((await get('/api/v1/reports/organisations/none/compliance')).status).toBe(404);
    expect((await get('/api/v1/reports/congresses', seated.tokens.branch('arts'))).status).toBe(403);
  });

  it('rebuilds the report tables from zero to exactly what they held live', async () => {
    const tables = [
      'report_congress',
      'report_congress_college',
      'report_congress_delegate',
      'report_sitting',
      'report_election',
      'report_election_round',
      'report_staff_post',
      'report_staff_department',
      'report_college_assessment',
      'report_review_result',
    ];
    const names = t.runtime.projections.names();
    await waitUntilCaughtUp(t.runtime.projections, names, 10_000);
    const dump = async () =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (table) => [
            table,
            await t.runtime.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`),
          ]),
        ),
      );
    const live = await dump();
    expect(live.report_congress_delegate.length).toBe(18);
    await t.runtime.projections.rebuild();
    const statuses = await waitUntilCaughtUp(t.runtime.projections, names, 30_000);
    expect(statuses.every((s) => s.status === 'running' && s.rebuiltAt !== null)).toBe(true);
    expect(await dump()).toEqual(live);
  });
});
