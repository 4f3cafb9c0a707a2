import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import { MOTION_EVENT_TYPES, type MotionEvent } from '../../domain/motion.events.js';

/** Each motion: its text and rule, the vote (named votes listed, a secret vote only counted) and the decision. */
export const MOTION_RECORD_READ_MODEL = 'motions.record';

const set = (m: EntityManager, motionId: string, assignments: string, values: unknown[]) =>
  m.query(`UPDATE motions SET ${assignments} WHERE motion_id = $1`, [motionId, ...values]);

export const motionRecordProjection: Projection = {
  name: MOTION_RECORD_READ_MODEL,
  handles: MOTION_EVENT_TYPES,
  tables: ['motions'],

  async apply(recorded: RecordedEvent, m: EntityManager): Promise<void> {
    if (!recorded.stream.startsWith('motion-')) return;
    const event = { type: recorded.type, data: recorded.data } as MotionEvent;
    switch (event.type) {
      case 'MotionPut': {
        const d = event.data;
        await m.query(
          `INSERT INTO motions (motion_id, congress_id, organisation_id, kind, title, text, mode, rule, policy_changes, status, put_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'Put', $10) ON CONFLICT DO NOTHING`,
          [
            d.motionId,
            d.congressId,
            d.organisationId,
            d.kind,
            d.title,
            d.text,
            d.mode,
            d.rule,
            d.policyChanges,
            d.putAt,
          ],
        );
        return;
      }
      case 'MotionVoteOpened':
        return void (await set(
          m,
          event.data.motionId,
          `status = 'Voting', sitting_id = $2, roll_size = $3, elected = $4, named_votes = '[]', tally = NULL`,
          [event.data.sittingId, event.data.roll.length, event.data.electedDelegates],
        ));
      case 'MotionQuorumNotReached': {
        const { motionId, ...failure } = event.data;
        return void (await set(m, motionId, `failures = failures || $2::jsonb`, [
          JSON.stringify([{ type: 'QuorumNotReached', ...failure }]),
        ]));
      }
      case 'RollCallVoteCast': {
        const { motionId, delegateId, choice } = event.data;
        return void (await set(m, motionId, `named_votes = named_votes || $2::jsonb`, [
          JSON.stringify([{ delegateId, choice }]),
        ]));
      }
      case 'MotionTallyEntered': {
        const { motionId, ...paper } = event.data;
        return void (await set(m, motionId, `tally = $2`, [paper]));
      }
      case 'MotionVoteVoided': {
        const { motionId, ...failure } = event.data;
        return void (await set(m, motionId, `status = 'Put', failures = failures || $2::jsonb`, [
          JSON.stringify([{ type: 'VoteVoided', ...failure }]),
        ]));
      }
      case 'MotionAdopted':
      case 'MotionRejected': {
        const { motionId, tally, present, electedDelegates, base, baseCount, required, decidedAt } = event.data;
        const status = event.type === 'MotionAdopted' ? 'Adopted' : 'Rejected';
        return void (await set(m, motionId, `status = $2, tally = $3, outcome = $4, decided_at = $5`, [
          status,
          tally,
          { present, electedDelegates, base, baseCount, required },
          decidedAt,
        ]));
      }
      default: {
        const unhandled: never = event;
        throw new Error(`motion record: unhandled ${(unhandled as { type: string }).type}`);
      }
    }
  },
};
