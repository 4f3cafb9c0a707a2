import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { volunteerProjectsProjection } from './volunteer-projects.projection.js';
import { findVolunteerProject, hoursCertificates } from './volunteer-projects.queries.js';

const db = projectionDatabase();
const given = givenProjection(volunteerProjectsProjection, db).given;
const now = '2026-10-20T02:00:00.000Z';
const event = (type: string, data: object) => ({
  type,
  stream: 'volunteer-project-p-1',
  data: { projectId: 'p-1', organisationId: 'arts', ...data },
});
const history = [
  event('VolunteerProjectOpened', {
    matterId: 'gala',
    title: '迎新晚会志愿者',
    leadId: 'lead',
    roles: [
      { role: 'usher', places: 2 },
      { role: 'stage', places: 1 },
    ],
    openedAt: now,
  }),
  event('VolunteerApplied', { studentId: 's-1', role: 'usher', motivation: '', appliedAt: now }),
  event('VolunteerJoined', { studentId: 's-1', role: 'usher', via: 'application', joinedAt: now }),
  event('VolunteerInvited', { studentId: 's-2', role: 'stage', invitedAt: now }),
  event('VolunteerApplied', { studentId: 's-3', role: 'usher', motivation: '', appliedAt: now }),
  event('VolunteerHoursRecorded', {
    studentId: 's-1',
    minutes: 150,
    workedOn: '2026-10-20',
    note: '',
    recordedAt: now,
  }),
  event('VolunteerHoursRecorded', {
    studentId: 's-1',
    minutes: 120,
    workedOn: '2026-10-21',
    note: '',
    recordedAt: now,
  }),
];
const closed = event('VolunteerProjectClosed', {
  released: [{ studentId: 's-1', role: 'usher', minutes: 270 }],
  lapsed: ['s-2', 's-3'],
  closedAt: now,
});

describe('the volunteer projects read model (Art. 13)', () => {
  it('shows each person’s standing and hours, and the places filled per role', () =>
    given(...history).thenQuery(
      async (dataSource) => {
        const p = (await findVolunteerProject(dataSource, 'p-1'))!;
        return { status: p.status, roles: p.roles, people: p.people.map((x) => [x.studentId, x.status, x.minutes]) };
      },
      {
        status: 'open',
        roles: [
          { role: 'usher', places: 2, filled: 1 },
          { role: 'stage', places: 1, filled: 0 },
        ],
        people: [
          ['s-1', 'member', 270],
          ['s-2', 'invited', 0],
          ['s-3', 'applied', 0],
        ],
      },
    ));

  it('disbands at the close: members released with certificates of their hours, the rest lapsed', () =>
    given(...history, closed).thenQuery(
      async (dataSource) => ({
        people: (await findVolunteerProject(dataSource, 'p-1'))!.people.map((x) => [x.studentId, x.status]),
        certificates: (await hoursCertificates(dataSource, 'p-1')).map((c) => [c.studentId, c.hours, c.issuedFor]),
      }),
      {
        people: [
          ['s-1', 'released'],
          ['s-2', 'lapsed'],
          ['s-3', 'lapsed'],
        ],
        certificates: [['s-1', '4.5', '迎新晚会志愿者（usher）']],
      },
    ));
});
