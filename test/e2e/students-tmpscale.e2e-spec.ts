import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { type TestApp, startTestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

it('imports 5861 students', async () => {
  const admin = t.token('root', { role: 'admin', org: '*' });
  const staff = t.token('s', { role: 'union-staff', org: 'school' });
  await t.request('POST', '/api/v1/organisations', { token: admin, body: { organisationId: 'school', kind: 'school-union', name: 'x' } });
  const colleges = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
  for (const c of colleges) await t.request('POST', '/api/v1/organisations', { token: admin, body: { organisationId: c, kind: 'college-union', name: c, parentId: 'school' } });
  const lines = ['学号,姓名,学院,专业,年级,班级,社团,政治面貌,专业排名百分比,不及格门数,学生会骨干'];
  for (let i = 0; i < 5861; i++) lines.push(`${2023000000 + i},学生${i},${colleges[i % 8]},专业${i % 20},${2022 + (i % 3)},班${i % 50},社团${i % 7},共青团员,${1 + (i % 100)},0,否`);
  const body = lines.join('\r\n');
  for (const round of [1, 2]) {
    const started = Date.now(); console.log('start', started);
    const r = await fetch(`${t.baseUrl}/api/v1/students/imports`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'text/csv' }, body });
    const json = await r.json();
    console.log(round, r.status, Date.now() - started, 'ms', JSON.stringify({ ...json, errors: undefined }));
    expect(r.status).toBe(200);
  }
}, 300_000);
