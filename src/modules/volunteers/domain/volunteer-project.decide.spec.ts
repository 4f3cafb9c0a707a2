import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { ActivityFact, VolunteerProjectCommand } from './volunteer-project.commands.js';
import { volunteerProjectDecider } from './volunteer-project.decide.js';
import {
  ActivityNotApproved,
  AlreadyInProject,
  HoursInvalid,
  NoSuchActivity,
  NotTheLead,
  ProjectClosed,
  RoleFull,
} from './volunteer-project.errors.js';
import type { VolunteerProjectEvent } from './volunteer-project.events.js';

const given = givenDecider(volunteerProjectDecider);
const now = '2026-10-20T02:00:00.000Z';
const as = (id: string, role = 'member') => ({ now, actor: { id, role, organisationId: 'arts' } });
const approved: ActivityFact = { matterId: 'gala', organisationId: 'arts', approved: true };
const open = (activity: ActivityFact = approved): VolunteerProjectCommand => ({
  type: 'OpenVolunteerProject',
  data: {
    projectId: 'p-1',
    organisationId: 'arts',
    matterId: 'gala',
    activity,
    title: '迎新晚会志愿者',
    leadId: 'lead',
    roles: [{ role: 'usher', places: 1 }],
  },
  metadata: as('arts-staff', 'college-union-staff'),
});
const base = { projectId: 'p-1', organisationId: 'arts' };
const opened: VolunteerProjectEvent = {
  type: 'VolunteerProjectOpened',
  data: {
    ...base,
    matterId: 'gala',
    title: '迎新晚会志愿者',
    leadId: 'lead',
    roles: [{ role: 'usher', places: 1 }],
    openedAt: now,
  },
};
const applied = (studentId: string): VolunteerProjectEvent => ({
  type: 'VolunteerApplied',
  data: { ...base, studentId, role: 'usher', motivation: '', appliedAt: now },
});
const joined = (studentId: string, via: 'application' | 'invitation' = 'application'): VolunteerProjectEvent => ({
  type: 'VolunteerJoined',
  data: { ...base, studentId, role: 'usher', via, joinedAt: now },
});
const hours = (studentId: string, minutes: number): VolunteerProjectEvent => ({
  type: 'VolunteerHoursRecorded',
  data: { ...base, studentId, minutes, workedOn: '2026-10-20', note: '', recordedAt: now },
});

describe('A volunteer project (Art. 13)', () => {
  it('opens only for an approved activity of the union, naming Art. 12 before approval', () => {
    given().when(open()).then(opened);
    given()
      .when(open({ ...approved!, approved: false }))
      .thenRejects(ActivityNotApproved, /Art\. 12/);
    given().when(open(null)).thenRejects(NoSuchActivity);
  });

  it('takes an application the lead accepts, up to the role’s places', () => {
    given(opened)
      .when({
        type: 'ApplyToVolunteer',
        data: { projectId: 'p-1', role: 'usher', motivation: '' },
        metadata: as('s-1'),
      })
      .then(applied('s-1'));
    given(opened, applied('s-1'))
      .when({ type: 'AcceptApplication', data: { projectId: 'p-1', studentId: 's-1' }, metadata: as('s-2') })
      .thenRejects(NotTheLead);
    given(opened, applied('s-1'))
      .when({ type: 'AcceptApplication', data: { projectId: 'p-1', studentId: 's-1' }, metadata: as('lead') })
      .then(joined('s-1'));
    given(opened, applied('s-1'), joined('s-1'), applied('s-2'))
      .when({ type: 'AcceptApplication', data: { projectId: 'p-1', studentId: 's-2' }, metadata: as('lead') })
      .thenRejects(RoleFull);
    given(opened, applied('s-1'))
      .when({
        type: 'ApplyToVolunteer',
        data: { projectId: 'p-1', role: 'usher', motivation: '' },
        metadata: as('s-1'),
      })
      .thenRejects(AlreadyInProject);
  });

  it('takes an invitation the student accepts', () =>
    given(opened, {
      type: 'VolunteerInvited',
      data: { ...base, studentId: 's-3', role: 'usher', invitedAt: now },
    })
      .when({ type: 'AcceptInvitation', data: { projectId: 'p-1' }, metadata: as('s-3') })
      .then(joined('s-3', 'invitation')));

  it('records hours for members, and closing releases every member with their hours', () => {
    const working = [opened, applied('s-1'), joined('s-1'), hours('s-1', 90), applied('s-2')];
    given(...working)
      .when({
        type: 'RecordVolunteerHours',
        data: { projectId: 'p-1', studentId: 's-1', minutes: 0, workedOn: '2026-10-20', note: '' },
        metadata: as('lead'),
      })
      .thenRejects(HoursInvalid);
    given(...working)
      .when({ type: 'CloseVolunteerProject', data: { projectId: 'p-1' }, metadata: as('lead') })
      .then({
        type: 'VolunteerProjectClosed',
        data: { ...base, released: [{ studentId: 's-1', role: 'usher', minutes: 90 }], lapsed: ['s-2'], closedAt: now },
      });
    const closed: VolunteerProjectEvent = {
      type: 'VolunteerProjectClosed',
      data: { ...base, released: [], lapsed: [], closedAt: now },
    };
    given(opened, closed)
      .when({
        type: 'ApplyToVolunteer',
        data: { projectId: 'p-1', role: 'usher', motivation: '' },
        metadata: as('s-9'),
      })
      .thenRejects(ProjectClosed, /disbanded/);
  });
});
