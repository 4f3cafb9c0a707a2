import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { CompletedElection, ElectionResultCommand } from './election-result.commands.js';
import { electionResultDecider, electionResultStream } from './election-result.decide.js';
import {
  ElectionNotCompleted,
  FilingDateInvalid,
  FilingReferenceRequired,
  NotOwnElection,
  ResultAlreadyAnnounced,
  ResultAlreadyFiled,
  ResultNotAnnounced,
  ResultNotApproved,
  ResultNotAwaitingApproval,
  ResultNotReturned,
  ResultReasonRequired,
} from './election-result.errors.js';
import type { ElectionResultEvent } from './election-result.events.js';
import { NotTheActingBody } from '../../elections/domain/acting-body.errors.js';

const given = givenDecider(electionResultDecider);

describe('the result chain: announce, party committee approval, federation filing (domain.md)', () => {
  it('announces the elected to the congress in 姓氏笔画 order', () =>
    given().when(announce(COMPLETED)).then(announcedEvent()));

  it('refuses to announce an election that has not completed, another union’s, or twice', () => {
    given().when(announce(null)).thenRejects(ElectionNotCompleted);
    given()
      .when(announce({ ...COMPLETED, organisationId: 'other-school' }))
      .thenRejects(NotOwnElection);
    given(announcedEvent()).when(announce(COMPLETED)).thenRejects(ResultAlreadyAnnounced);
  });

  it('refuses an announcement at a sitting of another congress', () =>
    given()
      .when(announce(COMPLETED, 'congress-2'))
      .thenRejects(NotTheActingBody, /not a sitting of congress/));

  it('takes approval only from a party committee and filing only from a federation (domain.md)', () => {
    given(announcedEvent())
      .when(approve(true, [], '', 'school-union'))
      .thenRejects(NotTheActingBody);
    given(announcedEvent())
      .when(approve(true, [], '', null))
      .thenRejects(NotTheActingBody);
    given(announcedEvent(), approvedEvent())
      .when(file('苏学联备〔2026〕3号', '2026-12-01', 'party-committee'))
      .thenRejects(NotTheActingBody);
  });

  it('records approval by the party committee, or a return with its reasons', () => {
    given(announcedEvent())
      .when(approve(true, [], '校党委〔2026〕12号'))
      .then({
        type: 'ResultApproved',
        data: { electionId, partyCommitteeId: 'party-committee', reference: '校党委〔2026〕12号', approvedAt: now },
      });
    given(announcedEvent())
      .when(approve(false, [' Quorum record missing from the minutes ', '']))
      .then({
        type: 'ResultReturned',
        data: {
          electionId,
          partyCommitteeId: 'party-committee',
          reasons: ['Quorum record missing from the minutes'],
          returnedAt: now,
        },
      });
  });

  it('refuses approval before the announcement, a return without reasons, and a second decision', () => {
    given().when(approve(true)).thenRejects(ResultNotAnnounced);
    given(announcedEvent())
      .when(approve(false, [' ']))
      .thenRejects(ResultReasonRequired);
    given(announcedEvent(), approvedEvent()).when(approve(true)).thenRejects(ResultNotAwaitingApproval);
  });

  it('puts a returned result before the party committee again once the union answers', () => {
    const returned: ElectionResultEvent = {
      type: 'ResultReturned',
      data: { electionId, partyCommitteeId: 'party-committee', reasons: ['x'], returnedAt: now },
    };
    given(announcedEvent(), returned)
      .when(resubmit('Minutes completed'))
      .then({ type: 'ResultResubmitted', data: { electionId, response: 'Minutes completed', resubmittedAt: now } });
    given(announcedEvent()).when(resubmit('Minutes completed')).thenRejects(ResultNotReturned);
    given(announcedEvent(), returned).when(resubmit(' ')).thenRejects(ResultReasonRequired);
    given(announcedEvent(), returned).when(approve(true)).thenRejects(ResultNotAwaitingApproval);
  });

  it('files an approved result with the federation, with its reference and date', () => {
    given(announcedEvent(), approvedEvent())
      .when(file('市学联备〔2026〕7号', '2026-10-16'))
      .then({
        type: 'ResultFiled',
        data: {
          electionId,
          federationId: 'federation',
          reference: '市学联备〔2026〕7号',
          filedOn: '2026-10-16',
          filedAt: now,
        },
      });
  });

  it('refuses filing before approval, without reference, on an impossible or future date, and twice', () => {
    given(announcedEvent()).when(file('R-1', '2026-10-16')).thenRejects(ResultNotApproved);
    given(announcedEvent(), approvedEvent()).when(file(' ', '2026-10-16')).thenRejects(FilingReferenceRequired);
    for (const date of ['2026-02-30', '16/10/2026', '2026-10-17', '2026-10-14'])
      given(announcedEvent(), approvedEvent('2026-10-15T08:00:00.000Z'))
        .when(file('R-1', date))
        .thenRejects(FilingDateInvalid);
    const filed: ElectionResultEvent = {
      type: 'ResultFiled',
      data: { electionId, federationId: 'federation', reference: 'R-1', filedOn: '2026-10-16', filedAt: now },
    };
    given(announcedEvent(), approvedEvent(), filed).when(file('R-2', '2026-10-16')).thenRejects(ResultAlreadyFiled);
  });

  it('keeps one stream per election', () => expect(electionResultStream(electionId)).toBe('result-presidium-2026'));
});

const now = '2026-10-16T10:00:00.000Z';
const electionId = 'presidium-2026';
const meta = (role: string, org: string) => ({ now, actor: { id: `${role}-1`, role, organisationId: org } });
const COMPLETED: CompletedElection = {
  organisationId: 'school',
  congressId: 'congress-1',
  seats: 4,
  elected: [
    { personId: 'c-liu', name: '刘洋' },
    { personId: 'c-ding', name: '丁磊' },
    { personId: 'c-kong', name: '孔敏' },
    { personId: 'c-wang', name: '王芳' },
  ],
};
const ORDERED = [
  { personId: 'c-ding', name: '丁磊' },
  { personId: 'c-wang', name: '王芳' },
  { personId: 'c-kong', name: '孔敏' },
  { personId: 'c-liu', name: '刘洋' },
];

const announce = (completed: CompletedElection | null, sittingCongressId = 'congress-1'): ElectionResultCommand => ({
  type: 'AnnounceResult',
  data: {
    electionId,
    organisationId: 'school',
    sittingId: 'plenary-1',
    completed,
    congressId: 'congress-1',
    sittingCongressId,
  },
  metadata: meta('union-staff', 'school'),
});
const announcedEvent = (): ElectionResultEvent => ({
  type: 'ResultAnnounced',
  data: {
    electionId,
    organisationId: 'school',
    congressId: 'congress-1',
    sittingId: 'plenary-1',
    seats: 4,
    elected: ORDERED,
    announcedAt: now,
  },
});
const approve = (
  approved: boolean,
  reasons: string[] = [],
  reference = '',
  bodyKind: string | null = 'party-committee',
): ElectionResultCommand => ({
  type: 'DecideResultApproval',
  data: { electionId, partyCommitteeId: 'party-committee', approved, reasons, reference, bodyKind },
  metadata: meta('party-committee', 'party-committee'),
});
const approvedEvent = (approvedAt = now): ElectionResultEvent => ({
  type: 'ResultApproved',
  data: { electionId, partyCommitteeId: 'party-committee', reference: null, approvedAt },
});
const resubmit = (response: string): ElectionResultCommand => ({
  type: 'ResubmitResult',
  data: { electionId, organisationId: 'school', response },
  metadata: meta('union-staff', 'school'),
});
const file = (reference: string, filedOn: string, bodyKind: string | null = 'federation'): ElectionResultCommand => ({
  type: 'FileResult',
  data: { electionId, federationId: 'federation', reference, filedOn, bodyKind },
  metadata: meta('federation', 'federation'),
});
