import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { PROPOSAL_BOOK_EVENT_TYPES, type ProposalBookEvent } from '../../domain/proposal-book.events.js';

/** The proposal register: the window, every proposal and its screening, each assignment with its answers. */
export const PROPOSAL_REGISTER_READ_MODEL = 'proposals.register';

type Key = Readonly<{ congressId: string; proposalId: string }>;

const setProposal = (
  m: EntityManager,
  { congressId, proposalId }: Key,
  at: string,
  assignments: string,
  values: unknown[],
) =>
  m.query(`UPDATE proposals SET ${assignments}, updated_at = $3 WHERE congress_id = $1 AND proposal_id = $2`, [
    congressId,
    proposalId,
    at,
    ...values,
  ]);

const setAssignment = (m: EntityManager, key: Key & { unitId: string }, assignments: string, values: unknown[]) =>
  m.query(
    `UPDATE proposal_assignments SET ${assignments} WHERE congress_id = $1 AND proposal_id = $2 AND unit_id = $3`,
    [key.congressId, key.proposalId, key.unitId, ...values],
  );

const appendTo = (column: string, n: number) => `${column} = ${column} || $${n}::jsonb`;

export const proposalRegisterProjection: Projection = {
  name: PROPOSAL_REGISTER_READ_MODEL,
  handles: PROPOSAL_BOOK_EVENT_TYPES,
  tables: ['proposal_windows', 'proposals', 'proposal_assignments'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('proposals-')) return;
    const event = { type: recorded.type, data: recorded.data } as ProposalBookEvent;
    switch (event.type) {
      case 'ProposalWindowOpened': {
        const d = event.data;
        await m.query(
          `INSERT INTO proposal_windows (congress_id, organisation_id, status, policy, committee, opened_at)
           VALUES ($1, $2, 'Open', $3, '[]', $4) ON CONFLICT DO NOTHING`,
          [d.congressId, d.organisationId, d.policy, d.openedAt],
        );
        return;
      }
      case 'ProposalWindowClosed':
        await m.query(`UPDATE proposal_windows SET status = 'Closed', closed_at = $2 WHERE congress_id = $1`, [
          event.data.congressId,
          event.data.closedAt,
        ]);
        return;
      case 'ProposalCommitteeAppointed':
        await m.query(`UPDATE proposal_windows SET committee = $2 WHERE congress_id = $1`, [
          event.data.congressId,
          JSON.stringify(event.data.memberIds),
        ]);
        return;
      case 'ProposalSubmitted': {
        const d = event.data;
        await m.query(
          `INSERT INTO proposals (congress_id, proposal_id, title, body, category, filer_id, co_signer_ids, confirmed_ids,
             declined_ids, suggested_unit_id, stage, merged_from, submitted_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, '[]', '[]', $8, 'AwaitingCoSigners', '[]', $9, $9) ON CONFLICT DO NOTHING`,
          [
            d.congressId,
            d.proposalId,
            d.title,
            d.body,
            d.category,
            d.filerId,
            JSON.stringify(d.coSignerIds),
            d.suggestedUnitId,
            d.submittedAt,
          ],
        );
        return;
      }
      case 'CoSignatureConfirmed':
        return void (await setProposal(m, event.data, event.data.confirmedAt, appendTo('confirmed_ids', 4), [
          JSON.stringify([event.data.coSignerId]),
        ]));
      case 'CoSignatureDeclined':
        return void (await setProposal(m, event.data, event.data.declinedAt, appendTo('declined_ids', 4), [
          JSON.stringify([event.data.coSignerId]),
        ]));
      case 'ProposalFiled':
        return void (await setProposal(
          m,
          event.data,
          event.data.filedAt,
          `stage = 'Filed', number = $4, filed_at = $3`,
          [event.data.number],
        ));
      case 'ProposalLapsed':
        return void (await setProposal(m, event.data, event.data.lapsedAt, `stage = 'Lapsed', withdrawal = $4`, [
          { lapsed: event.data.reason, at: event.data.lapsedAt },
        ]));
      case 'ProposalWithdrawn':
        return void (await setProposal(m, event.data, event.data.withdrawnAt, `stage = 'Withdrawn', withdrawal = $4`, [
          { reason: event.data.reason, at: event.data.withdrawnAt },
        ]));
      case 'ProposalScreened': {
        const { congressId, proposalId, outcome, mergedInto, reason, screenedBy, screenedAt } = event.data;
        const stage = { accepted: 'Accepted', opinion: 'Opinion', merged: 'Merged', 'not-accepted': 'NotAccepted' }[
          outcome
        ];
        await setProposal(m, event.data, screenedAt, `stage = $4, merged_into = $5, screening = $6`, [
          stage,
          mergedInto,
          { outcome, reason, by: screenedBy, at: screenedAt },
        ]);
        if (mergedInto)
          await setProposal(m, { congressId, proposalId: mergedInto }, screenedAt, appendTo('merged_from', 4), [
            JSON.stringify([proposalId]),
          ]);
        return;
      }
      case 'ProposalAssigned': {
        const d = event.data;
        await m.query(
          `INSERT INTO proposal_assignments (congress_id, proposal_id, unit_id, assigned_at, since, due_on, status)
           VALUES ($1, $2, $3, $4, $4, $5, 'Assigned') ON CONFLICT DO NOTHING`,
          [d.congressId, d.proposalId, d.unitId, d.assignedAt, d.dueOn],
        );
        return;
      }
      case 'AnswerDrafted':
        // A draft is the unit's own until it publishes it (issue 10: drafting and publishing are separate acts).
        return;
      case 'AnswerPublished': {
        const d = event.data;
        const published = { ...d.answer, publishedAt: d.publishedAt, daysToAnswer: d.daysToAnswer, late: d.late };
        await setAssignment(
          m,
          d,
          `status = 'Answered', answer = $4, published_at = $5, days_to_answer = $6, late = $7, ${appendTo('answers', 8)}`,
          [d.answer, d.publishedAt, d.daysToAnswer, d.late, JSON.stringify([published])],
        );
        return;
      }
      case 'AnswerRated': {
        const { raterId, rating, comment, ratedAt } = event.data;
        await setAssignment(m, event.data, appendTo('ratings', 4), [
          JSON.stringify([{ raterId, rating, comment, ratedAt }]),
        ]);
        return;
      }
      case 'HandlingReopened':
        await setAssignment(m, event.data, `status = 'Reopened', reopened = true, due_on = $4, since = $5`, [
          event.data.dueOn,
          event.data.reopenedAt,
        ]);
        return;
      case 'FollowUpAsked': {
        const { questionId, askedBy, question, askedAt } = event.data;
        await setAssignment(m, event.data, appendTo('questions', 4), [
          JSON.stringify([{ questionId, askedBy, question, askedAt, answer: null, answeredAt: null }]),
        ]);
        return;
      }
      case 'FollowUpAnswered': {
        const { questionId, answer, answeredAt } = event.data;
        await setAssignment(
          m,
          event.data,
          `questions = (SELECT jsonb_agg(CASE WHEN q->>'questionId' = $4
                          THEN q || jsonb_build_object('answer', $5::text, 'answeredAt', $6::text) ELSE q END ORDER BY n)
                        FROM jsonb_array_elements(questions) WITH ORDINALITY AS x(q, n))`,
          [questionId, answer, answeredAt],
        );
        return;
      }
      default: {
        const unhandled: never = event;
        throw new Error(`proposal register: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
