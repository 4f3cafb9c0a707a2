import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient, fetchTransport } from '../../src/cli/demo/api-client.js';
import { type SeedReport, seedSchool } from '../../src/cli/demo/seed-school.js';
import { verifyChains } from '../../src/shared/audit/chain-verifier.js';
import { eventually } from '../support/eventually.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

let t: TestApp;
let report: SeedReport;

beforeAll(async () => {
  t = await startTestApp();
  report = await seedSchool(new ApiClient(fetchTransport(t.baseUrl)), t.runtime.config, () => undefined);
}, 180_000);
afterAll(() => t.close());

describe('demo seed: the seed school at its own scale, through the API', () => {
  it('imports 5,861 students and seats a 140-seat congress covering every college', () => {
    expect(report.students).toBe(5861);
    expect(report.congress.seats).toBe(140);
    expect(report.congress.allocation.reduce((sum, c) => sum + c.seats, 0)).toBe(140);
    expect(report.congress.allocation.every((c) => c.seats >= 5)).toBe(true);
  });

  it('computes the non-officer share the seed misprinted: 92 of 140 is 65.7%, not 77%', () => {
    expect(report.composition.nonOfficers).toMatchObject({ count: 92, of: 140, share: '65.7' });
    expect(report.composition.warnings).toEqual([]);
  });

  it('opens the first plenary in quorum: two thirds of 140 is 94', () => {
    expect(report.sitting).toMatchObject({ required: 94, quorate: true });
    expect(report.sitting.present).toBeGreaterThanOrEqual(94);
  });

  it('runs a proposal round: filed alone and jointly, one merged, assigned, answered and rated', () => {
    expect(report.proposals).toEqual({ submitted: 3, filed: 3, byStage: { Accepted: 2, Merged: 1 }, answered: 1 });
  });

  it('amends the charter by secret ballot: two thirds of those present adopt it', () => {
    expect(report.motions).toEqual([
      {
        motionId: 'congress-1-amendment-1',
        status: 'Adopted',
        result: `通过：赞成 ${report.sitting.present - 18} 票，出席代表 ${report.sitting.present}，须达到三分之二（至少 ${Math.ceil((report.sitting.present * 2) / 3)} 票，第二十三条）`,
      },
    ]);
  });

  it('sets up the presidium election with six candidates confirmed and prints its filing packet', async () => {
    expect(report.election).toEqual({ electionId: 'congress-1-presidium', status: 'set-up', candidates: 6 });
    const html = await t.request<string>('GET', '/api/v1/elections/congress-1-presidium/filing-packet.html', {
      token: t.token('secretary', { role: 'union-staff', org: 'school' }),
    });
    expect(html.status).toBe(200);
    expect(html.body).toContain('主席团选举结果报备');
    expect(html.body).toContain('校团委考察通过');
  });

  it('gives the dashboard the seed school’s congress: seats, composition and the sitting’s quorum (issue 14)', async () => {
    const token = t.token('secretary', { role: 'union-staff', org: 'school' });
    const congress = await eventually(
      async () => {
        const r = await t.request<{
          seated: number;
          composition: { nonOfficers: number; nonOfficerShare: string };
          sittings: Array<{ required: number; present: number }>;
        }>('GET', `/api/v1/reports/congresses/${report.congress.congressId}`, { token });
        return r.status === 200 && r.body.sittings.length > 0 && r.body.sittings[0]!.present === report.sitting.present
          ? r.body
          : undefined;
      },
      60_000,
      'the congress report',
    );
    expect(congress.seated).toBe(140);
    expect(congress.composition).toMatchObject({ nonOfficers: 92, nonOfficerShare: '65.7' });
    expect(congress.sittings[0]!.required).toBe(94);
  });

  it('records every step as an attributable event that audit verify accepts', async () => {
    const verified = await verifyChains(t.runtime.store);
    expect(verified.ok).toBe(true);
    expect(verified.events).toBeGreaterThan(6000);
    const [row] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM es.events WHERE metadata->>'actorId' IS NULL OR metadata->>'correlationId' IS NULL`,
    );
    expect(row.n).toBe(0);
  });
});
