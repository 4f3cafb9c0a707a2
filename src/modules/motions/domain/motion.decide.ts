import type { Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { closeMotionVote } from './decisions/close-vote.js';
import { putMotion } from './decisions/put-motion.js';
import { castRollCallVote, enterMotionTally, openMotionVote } from './decisions/vote.js';
import type { MotionCommand } from './motion.commands.js';
import type { MotionEvent } from './motion.events.js';
import { type Motion, evolveMotion, initialMotion } from './motion.state.js';

/** A motion of the congress, from its putting to its decision (Art. 8, Art. 23). */
export function decideMotion(command: MotionCommand, state: Motion): MotionEvent | MotionEvent[] {
  switch (command.type) {
    case 'PutMotion':
      return putMotion(command, state);
    case 'OpenMotionVote':
      return openMotionVote(command, state);
    case 'CastRollCallVote':
      return castRollCallVote(command, state);
    case 'EnterMotionTally':
      return enterMotionTally(command, state);
    case 'CloseMotionVote':
      return closeMotionVote(command, state);
    default:
      return assertNever(command, 'motion command');
  }
}

export const motionDecider: Decider<Motion, MotionCommand, MotionEvent> = {
  decide: decideMotion,
  evolve: evolveMotion,
  initialState: initialMotion,
};

export const motionStream = (motionId: string) => `motion-${motionId}`;
