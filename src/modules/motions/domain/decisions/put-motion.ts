import type { PutMotion } from '../motion.commands.js';
import { MotionAlreadyPut, MotionInvalid, NotTheConvener } from '../motion.errors.js';
import type { MotionPut } from '../motion.events.js';
import type { Motion } from '../motion.state.js';

const TITLE_MAX = 200;
const TEXT_MAX = 100_000;

function required(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max)
    throw new MotionInvalid(`${field} is required, at most ${max} characters`, { field });
  return trimmed;
}

/**
 * Art. 8 (1), (2), (6): the convening union puts a motion on the congress's business with the text voted on. Only a
 * charter amendment (Art. 23) may change the charter's numbers, and the changes must make a valid policy.
 */
export function putMotion({ data, metadata }: PutMotion, state: Motion): MotionPut {
  if (!data.congress.convened)
    throw new MotionInvalid(`Congress ${data.congressId} has not been convened`, { field: 'congressId' });
  if (data.congress.organisationId !== data.organisationId)
    throw new NotTheConvener(`Congress ${data.congressId} is ${data.congress.organisationId}'s`);
  if (state.status !== 'NotPut') throw new MotionAlreadyPut(`Motion ${data.motionId} is on the business already`);
  const title = required(data.title, 'title', TITLE_MAX);
  const text = required(data.text, 'text', TEXT_MAX);
  if (data.policyChanges !== null && data.kind !== 'charter-amendment')
    throw new MotionInvalid('Only a charter amendment changes the charter’s numbers (Art. 23)', {
      field: 'policyChanges',
    });
  const violation = data.policyViolations[0];
  if (violation)
    throw new MotionInvalid(`policyChanges.${violation.field} must be ${violation.rule}`, {
      field: `policyChanges.${violation.field}`,
    });
  const { motionId, organisationId, congressId, kind, mode, rule, policyChanges } = data;
  return {
    type: 'MotionPut',
    data: { motionId, organisationId, congressId, kind, title, text, mode, rule, policyChanges, putAt: metadata.now },
  };
}
