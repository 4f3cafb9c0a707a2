import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { CANDIDATE_LIST_EVENT_TYPES, type CandidateListEvent } from '../../domain/candidate-list.events.js';

const set = (m: EntityManager, electionId: string, studentId: string, assignments: string, values: unknown[]) =>
  m.query(`UPDATE election_candidates SET ${assignments} WHERE election_id = $1 AND student_id = $2`, [
    electionId,
    studentId,
    ...values,
  ]);

/** Every candidacy and where it stands in the four steps, with each body's decision and reasons. */
export const CANDIDATES_READ_MODEL = 'nominations.candidates';

export const candidatesProjection: Projection = {
  name: CANDIDATES_READ_MODEL,
  handles: CANDIDATE_LIST_EVENT_TYPES,
  tables: ['election_candidates'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('candidates-')) return;
    const event = { type: recorded.type, data: recorded.data } as CandidateListEvent;
    switch (event.type) {
      case 'NominationsOpened':
        return;
      case 'CandidateRecommended': {
        const d = event.data;
        await m.query(
          `INSERT INTO election_candidates (election_id, student_id, name, college_id, league_org_id, resume, stage, recommended_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'AwaitingPartyConsent', $7) ON CONFLICT DO NOTHING`,
          [d.electionId, d.studentId, d.name, d.collegeId, d.leagueOrgId, d.resume, d.recommendedAt],
        );
        return;
      }
      case 'PartyConsentGiven':
      case 'PartyConsentRefused': {
        const { electionId, studentId, ...decision } = event.data;
        const consent = event.type === 'PartyConsentGiven';
        await set(m, electionId, studentId, 'stage = $3, party_decision = $4', [
          consent ? 'AwaitingReview' : 'PartyRefused',
          { consent, ...decision },
        ]);
        return;
      }
      case 'EligibilityChecked': {
        const { electionId, studentId, ...check } = event.data;
        await set(m, electionId, studentId, `eligibility = $3, stage = CASE WHEN $4 THEN stage ELSE 'Ineligible' END`, [
          check,
          check.eligible,
        ]);
        return;
      }
      case 'InterviewSignedOff':
      case 'InterviewRejected': {
        const { electionId, studentId, ...interview } = event.data;
        const approved = event.type === 'InterviewSignedOff';
        await set(
          m,
          electionId,
          studentId,
          `interviews = interviews || $3::jsonb, stage = CASE WHEN $4 THEN stage ELSE 'RejectedAtReview' END`,
          [JSON.stringify([{ approved, ...interview }]), approved],
        );
        return;
      }
      case 'CandidateCleared':
        await set(m, event.data.electionId, event.data.studentId, `stage = 'Cleared'`, []);
        return;
      case 'CandidateListConfirmed': {
        const d = event.data;
        for (const [i, c] of d.candidates.entries())
          await set(m, d.electionId, c.personId, `stage = 'Confirmed', confirmation = $3`, [
            { ballotPosition: i + 1, confirmedAt: d.confirmedAt },
          ]);
        for (const x of d.excluded)
          await set(m, d.electionId, x.studentId, `stage = 'NotConfirmed', confirmation = $3`, [
            { excluded: true, reason: x.reason, at: d.confirmedAt },
          ]);
        for (const x of d.leftOut)
          await set(m, d.electionId, x.studentId, `stage = 'NotConfirmed', confirmation = $3`, [
            { leftOutAt: x.stage, at: d.confirmedAt },
          ]);
        return;
      }
    }
  },
};
