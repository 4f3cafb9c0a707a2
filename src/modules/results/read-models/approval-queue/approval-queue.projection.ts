import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { CANDIDATE_LIST_EVENT_TYPES, type CandidateListEvent, REVIEW_BODIES } from '../../../nominations/index.js';
import type { ElectionResultEvent } from '../../domain/election-result.events.js';
import { ELECTION_RESULT_EVENT_TYPES } from '../../domain/election-result.events.js';

type Item = {
  id: string;
  electionId: string;
  kind: string;
  role: string;
  scope: string | null;
  subject: string;
  since: string;
};

const add = (m: EntityManager, i: Item) =>
  m.query(
    `INSERT INTO election_approval_queue (item_id, election_id, kind, awaiting_role, scope, subject, since) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [i.id, i.electionId, i.kind, i.role, i.scope, i.subject, i.since],
  );
const done = (m: EntityManager, ...ids: string[]) =>
  m.query(`DELETE FROM election_approval_queue WHERE item_id = ANY($1::text[])`, [ids]);

const reviewIds = (e: string, s: string) => REVIEW_BODIES.map((b) => `review:${e}:${s}:${b}`);

/** What awaits which body in the pipeline and the result chain (domain.md "Presidium election"): one row per pending decision. */
async function applyCandidates(event: CandidateListEvent, m: EntityManager): Promise<void> {
  const e = event.data.electionId;
  switch (event.type) {
    case 'CandidateRecommended':
      return void (await add(m, {
        id: `consent:${e}:${event.data.studentId}`,
        electionId: e,
        kind: 'party-consent',
        role: 'college-party-org',
        scope: event.data.collegeId,
        subject: event.data.name,
        since: event.data.recommendedAt,
      }));
    case 'PartyConsentGiven':
      await done(m, `consent:${e}:${event.data.studentId}`);
      for (const [i, role] of REVIEW_BODIES.entries()) {
        await add(m, {
          id: reviewIds(e, event.data.studentId)[i]!,
          electionId: e,
          kind: 'eligibility-and-interview',
          role,
          scope: null,
          subject: event.data.studentId,
          since: event.data.at,
        });
      }
      return;
    case 'PartyConsentRefused':
      return void (await done(m, `consent:${e}:${event.data.studentId}`));
    case 'EligibilityChecked':
      if (!event.data.eligible) await done(m, ...reviewIds(e, event.data.studentId));
      return;
    case 'InterviewSignedOff':
      return void (await done(m, `review:${e}:${event.data.studentId}:${event.data.by}`));
    case 'InterviewRejected':
      return void (await done(m, ...reviewIds(e, event.data.studentId)));
    case 'CandidateCleared':
      return void (await add(m, {
        id: `list:${e}`,
        electionId: e,
        kind: 'candidate-list-confirmation',
        role: 'party-committee',
        scope: null,
        subject: `candidate list of ${e}`,
        since: event.data.at,
      }));
    case 'CandidateListConfirmed':
      await m.query(
        `DELETE FROM election_approval_queue WHERE election_id = $1 AND kind IN ('party-consent', 'eligibility-and-interview', 'candidate-list-confirmation')`,
        [e],
      );
      return;
  }
}

async function applyResult(event: ElectionResultEvent, m: EntityManager): Promise<void> {
  const e = event.data.electionId;
  const item = (kind: string, role: string, since: string): Item => ({
    id: `${kind}:${e}`,
    electionId: e,
    kind,
    role,
    scope: null,
    subject: `result of ${e}`,
    since,
  });
  switch (event.type) {
    case 'ResultAnnounced':
      await done(m, `announcement:${e}`);
      return void (await add(m, item('result-approval', 'party-committee', event.data.announcedAt)));
    case 'ResultApproved':
      await done(m, `result-approval:${e}`);
      return void (await add(m, item('filing', 'federation', event.data.approvedAt)));
    case 'ResultReturned':
      await done(m, `result-approval:${e}`);
      return void (await add(m, item('resubmission', 'union-staff', event.data.returnedAt)));
    case 'ResultResubmitted':
      await done(m, `resubmission:${e}`);
      return void (await add(m, item('result-approval', 'party-committee', event.data.resubmittedAt)));
    case 'ResultFiled':
      return void (await done(m, `filing:${e}`));
  }
}

export const APPROVAL_QUEUE_READ_MODEL = 'results.approval-queue';

export const approvalQueueProjection: Projection = {
  name: APPROVAL_QUEUE_READ_MODEL,
  handles: [...CANDIDATE_LIST_EVENT_TYPES, 'ElectionCompleted', ...ELECTION_RESULT_EVENT_TYPES],
  tables: ['election_approval_queue'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (recorded.stream.startsWith('candidates-'))
      return applyCandidates({ type: recorded.type, data: recorded.data } as CandidateListEvent, m);
    if (recorded.stream.startsWith('result-'))
      return applyResult({ type: recorded.type, data: recorded.data } as ElectionResultEvent, m);
    if (recorded.stream.startsWith('election-') && recorded.type === 'ElectionCompleted') {
      const { electionId, completedAt } = recorded.data as { electionId: string; completedAt: string };
      await add(m, {
        id: `announcement:${electionId}`,
        electionId,
        kind: 'announcement',
        role: 'union-staff',
        scope: null,
        subject: `result of ${electionId}`,
        since: completedAt,
      });
    }
  },
};
