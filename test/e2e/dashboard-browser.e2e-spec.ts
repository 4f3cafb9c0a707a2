import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { type Browser, hasChromium, launchBrowser, pdfText, sayBrowserSkipped } from '../support/browser.js';
import {
  type ElectionBodies,
  confirmCandidates,
  eligibleStudents,
  expectStatus,
  registerElectionBodies,
} from '../support/elections.js';
import { type SeatedCongress, seatCongress } from '../support/seated-congress.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

/**
 * Issue 14 item 5: the dashboard in a real headless Chromium (Debian's, driven by playwright-core). Screenshots of
 * each page land in test/artifacts/ (git-ignored) for a person to look at.
 */
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;
const COLLEGES = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 90, majors: ['软件技术'] },
  { collegeId: 'health', name: '健康学院', students: 40, majors: ['护理'] },
];
const SITTING = 'browser-plenary-1';
const ELECTION = 'browser-presidium-2026';

if (!hasChromium) {
  sayBrowserSkipped('Dashboard browser suite');
  describe.skip('dashboard in a browser (install chromium to run)', () => {
    it.skip('signs in, watches the quorum, exports, switches language', () => undefined);
  });
} else {
  let t: TestApp;
  let seated: SeatedCongress;
  let bodies: ElectionBodies;
  let candidates: Awaited<ReturnType<typeof eligibleStudents>>;
  let electionSetUpAt: string;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  const checkIn = (delegateId: string) =>
    expectStatus(
      t.request('POST', `/api/v1/organisations/${seated.schoolId}/sittings/${SITTING}/check-ins`, {
        token: seated.tokens.schoolStaff,
        body: { delegateId },
      }),
      200,
    );

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApp();
    seated = await seatCongress(t, { colleges: COLLEGES, targetSeats: 18 });
    await expectStatus(
      t.request('POST', `/api/v1/organisations/${seated.schoolId}/congresses/${seated.congressId}/sittings`, {
        token: seated.tokens.schoolStaff,
        body: { sittingId: SITTING, title: '第一次全体会议' },
      }),
      201,
    );
    for (const delegateId of seated.delegateIds.slice(0, 10)) await checkIn(delegateId);
    // an open proposal window gives the congress its handling report, which the dashboard prints
    await expectStatus(
      t.request('POST', `/api/v1/organisations/${seated.schoolId}/congresses/${seated.congressId}/proposal-window`, {
        token: seated.tokens.schoolStaff,
      }),
      201,
    );
    // an election set up with its confirmed candidates gives the congress a filing packet to print
    bodies = await registerElectionBodies(t, seated);
    candidates = await eligibleStudents(t, seated, 7, seated.delegateIds);
    await confirmCandidates(t, bodies, ELECTION, seated.congressId, candidates);
    ({ position: electionSetUpAt } = await expectStatus(
      t.request<{ position: string }>('POST', `/api/v1/organisations/${seated.schoolId}/elections/${ELECTION}/set-up`, {
        token: seated.tokens.schoolStaff,
      }),
      201,
    ));
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => console.error(`dashboard page error: ${error.message}`));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  describe('the dashboard in headless Chromium', () => {
    it('serves the sign-in page in Chinese, and Chart.js from the app itself', async () => {
      await page.goto(`${t.baseUrl}/dashboard`);
      await page.waitForSelector('#sign-in-form');
      expect(await page.textContent('#sign-in h2')).toBe('登录');
      expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
      expect(await page.evaluate('typeof window.Chart')).toBe('function');
      await shot('01-sign-in');
    });

    it('refuses a token that is not one, and signs in with a staff token kept in sessionStorage', async () => {
      await page.fill('#token', 'not-a-token');
      await page.click('#sign-in-form button[type=submit]');
      await page.waitForSelector('#sign-in-error:has-text("令牌无效")');
      await page.fill('#token', seated.tokens.schoolStaff);
      await page.click('#sign-in-form button[type=submit]');
      await page.waitForSelector(`#congress-list a[href="#/congress/${seated.congressId}"]`);
      expect(await page.evaluate("sessionStorage.getItem('charter.token')")).toBe(seated.tokens.schoolStaff);
      await shot('02-congresses');
    });

    it('opens the congress: seats per college with names, composition and the live quorum gauge', async () => {
      await page.click(`#congress-list a[href="#/congress/${seated.congressId}"]`);
      await page.waitForSelector('#seats-table');
      expect(await page.textContent('#seats-table')).toContain('艺术设计学院学生会');
      expect(await page.textContent('#composition-share')).toContain('非骨干比例');
      await page.waitForSelector('#live-quorum[data-present="10"][data-quorate="false"]');
      expect(await page.textContent('#quorum-value')).toContain('未达法定人数');
      expect(await page.evaluate("document.getElementById('seats-chart').width")).toBeGreaterThan(0);
      await shot('03-congress');
    });

    it('moves the quorum gauge with each check-in, without a reload', async () => {
      await page.evaluate('window.marker = 1');
      await checkIn(seated.delegateIds[10]!);
      await page.waitForSelector('#live-quorum[data-present="11"]');
      await checkIn(seated.delegateIds[11]!);
      await page.waitForSelector('#live-quorum[data-present="12"][data-quorate="true"]');
      expect(await page.textContent('#quorum-value')).toContain('已达法定人数');
      expect(await page.evaluate('window.marker')).toBe(1);
      await shot('04-quorum-reached');
    });

    it('exports the congress report as XLSX, which reads back with Chinese headers', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
      const path = `${ARTIFACTS}congress-report.xlsx`;
      await download.saveAs(path);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).getCell(1).value).toBe('学院');
      expect(sheet.getRow(1).getCell(4).value).toBe('分配名额');
      expect(sheet.rowCount).toBe(4);
    });

    it('prints the proposal handling report to PDF from the dashboard, with the audit head in its footer', async () => {
      // the handling section, with its table by unit (no proposal filed yet: no rows)
      await page.waitForSelector('#proposal-units');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#proposal-pdf')]);
      const path = `${ARTIFACTS}dashboard-proposal-report.pdf`;
      await download.saveAs(path);
      const text = pdfText(readFileSync(path), 'dashboard-proposal-report');
      expect(text).toContain('提案办理情况报告');
      // the congress by name, never by its id
      expect(text).toContain('第1次学生代表大会（2026）');
      expect(text).not.toContain(seated.congressId);
      expect(text.replace(/\s+/g, '')).toMatch(/ledgerhead:(block\d+[0-9a-f]{64}|尚未封存区块)/);
    });

    it('prints the election’s filing packet to PDF from its page: names, signature lines, the audit heads', async () => {
      // the election's report row exists once the projection has read the set-up; the page asks without waiting
      await expectStatus(
        t.request('GET', `/api/v1/reports/elections/${ELECTION}`, {
          token: seated.tokens.schoolStaff,
          headers: { 'x-read-after': electionSetUpAt },
        }),
        200,
      );
      await page.goto(`${t.baseUrl}/dashboard/#/congress/${seated.congressId}`);
      await page.click(`a[href="#/election/${ELECTION}"]`);
      await page.waitForSelector('#packet-pdf');
      await shot('07-election');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#packet-pdf')]);
      const path = `${ARTIFACTS}dashboard-filing-packet.pdf`;
      await download.saveAs(path);
      const text = pdfText(readFileSync(path), 'dashboard-filing-packet');
      expect(text).toContain('主席团选举结果报备');
      expect(text).toContain('总监票人（签字）');
      for (const c of candidates) expect(text).toContain(c.name!);
      // organisations and the congress by name, never by id
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('报备单位：校学生会');
      expect(flat).toContain('艺术设计学院学生会');
      expect(flat).toContain('第1次学生代表大会（2026）');
      expect(text).not.toContain(seated.congressId);
      expect(flat).toMatch(/ledgerhead:(block\d+[0-9a-f]{64}|尚未封存区块)/);
      await page.goto(`${t.baseUrl}/dashboard/#/congress/${seated.congressId}`);
      await page.waitForSelector('#seats-table');
    });

    it('switches to English and back', async () => {
      await page.click('#lang');
      await page.waitForSelector('h2:has-text("Seats per college")');
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      await page.waitForSelector('#live-quorum[data-quorate="true"]');
      expect(await page.textContent('#quorum-value')).toContain('quorate');
      await shot('05-congress-en');
      await page.click('#lang');
      await page.waitForSelector('h2:has-text("各学院代表名额")');
    });

    it('drills down to the sitting’s history', async () => {
      await page.click(`#sittings-table a[href="#/history/sittings/${SITTING}"]`);
      await page.waitForSelector('#history-table tbody tr');
      expect(await page.locator('#history-table tbody tr').count()).toBeGreaterThanOrEqual(12);
      await shot('06-sitting-history');
    });
  });
}
