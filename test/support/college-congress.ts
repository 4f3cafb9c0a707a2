import type { SeatedCongress } from './seated-congress.js';
import type { TestApp } from './test-app.js';

type Position = { position: string | null };

/** The party organisation of a college union, registered under it: the body that approves its congress (Art. 17). */
export async function registerCollegePartyOrg(t: TestApp, seated: SeatedCongress, collegeId: string): Promise<string> {
  const partyOrgId = `${collegeId}-party`;
  const r = await t.request('POST', '/api/v1/organisations', {
    token: seated.tokens.admin,
    body: { organisationId: partyOrgId, kind: 'college-party-org', name: `${collegeId} 党委`, parentId: collegeId },
  });
  if (r.status !== 201) throw new Error(`register ${partyOrgId} → ${r.status} ${JSON.stringify(r.body)}`);
  return partyOrgId;
}

export const partyToken = (t: TestApp, partyOrgId: string) =>
  t.token(`${partyOrgId}-secretary`, { role: 'college-party-org', org: partyOrgId });

/**
 * Art. 17: the two steps before a college union may convene its congress: the college party organisation's
 * approval and the school union's approving reply. Returns the position of the reply.
 */
export async function approveCollegeCongress(
  t: TestApp,
  seated: SeatedCongress,
  partyOrgId: string,
  congressId: string,
): Promise<string> {
  const approval = await t.request<Position>(
    'POST',
    `/api/v1/organisations/${partyOrgId}/congresses/${congressId}/party-approval`,
    { token: partyToken(t, partyOrgId), body: { reason: '学院党委会议同意召开' } },
  );
  if (approval.status !== 200) throw new Error(`party approval → ${approval.status} ${JSON.stringify(approval.body)}`);
  const reply = await t.request<Position>(
    'POST',
    `/api/v1/organisations/${seated.schoolId}/congresses/${congressId}/school-reply`,
    { token: seated.tokens.schoolStaff, body: { approved: true } },
  );
  if (reply.status !== 200) throw new Error(`school reply → ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.position!;
}
