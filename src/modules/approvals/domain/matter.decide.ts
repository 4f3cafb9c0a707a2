import { addDays, beijingDate, isCalendarDate } from '../../../shared/domain/beijing-date.js';
import type { CommandMetadata, Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import { type ApprovingBody, speaksFor } from './approval-chain.js';
import type {
  DecideMatterStep,
  EscalateMatterStep,
  MarkActivityHeld,
  MatterCommand,
  ResubmitMatter,
  SubmitMatter,
} from './matter.commands.js';
import {
  ActivityAlreadyHeld,
  ApprovalIncomplete,
  ChangesRequired,
  DocumentsMissing,
  HeldOnInvalid,
  MatterAlreadySubmitted,
  MatterNotFound,
  MatterNotInReview,
  MatterNotReturned,
  MatterTypeUnknown,
  NotAnActivity,
  NotASubmitter,
  NotAUnion,
  NotTheAwaitedBody,
  NotTheSubmittingUnion,
  ReasonsRequired,
  StepAlreadyEscalated,
  StepNotOverdue,
  TitleRequired,
} from './matter.errors.js';
import type { ActivityHeld, MatterDocument, MatterEvent, MatterStepEscalated } from './matter.events.js';
import { evolveMatter, initialMatter, type Matter, type SubmittedMatter } from './matter.state.js';

const ARTICLE = 'Art. 12';

function submitted(state: Matter, matterId: string): SubmittedMatter {
  if (state.status === 'None') throw new MatterNotFound(`No matter ${matterId} was submitted`);
  return state;
}

function documentsFor(required: readonly string[], documents: readonly MatterDocument[]): MatterDocument[] {
  const given = documents.map((d) => ({ kind: d.kind, title: d.title.trim(), reference: d.reference.trim() }));
  const missing = required.filter((kind) => !given.some((d) => d.kind === kind && d.title));
  if (missing.length > 0)
    throw new DocumentsMissing(`The submission lacks ${missing.join(', ')} (Art. 12)`, {
      field: 'documents',
      details: { article: ARTICLE, missing },
    });
  return given;
}

const dueIn = (metadata: CommandMetadata, days: number) => addDays(beijingDate(metadata.now), days);

/** Art. 12: 重大事项……须事前报批. A union submits a matter of one of its policy's types, with the documents it needs. */
function submit({ data, metadata }: SubmitMatter, state: Matter): MatterEvent {
  if (state.status !== 'None') throw new MatterAlreadySubmitted(`Matter ${data.matterId} is already submitted`);
  const union = data.union;
  if (!union || union.organisationId !== data.organisationId)
    throw new NotAUnion(`${data.organisationId} is not a registered union`);
  const type = union.matterTypes.find((t) => t.key === data.matterType);
  if (!type)
    throw new MatterTypeUnknown(
      `${data.matterType} is not a matter type of ${union.organisationId}’s policy (${union.matterTypes.map((t) => t.key).join(', ')})`,
      { field: 'matterType' },
    );
  if (!type.submitters.includes(metadata.actor.role))
    throw new NotASubmitter(`${type.key} is submitted by ${type.submitters.join(', ')}, not ${metadata.actor.role}`);
  const title = data.title.trim();
  if (!title) throw new TitleRequired('A matter has a title', { field: 'title' });
  const first = type.chain[0]!;
  return {
    type: 'MatterSubmitted',
    data: {
      matterId: data.matterId,
      organisationId: union.organisationId,
      schoolUnionId: union.schoolUnionId,
      matterType: type.key,
      activity: type.activity,
      title,
      summary: data.summary.trim(),
      documents: documentsFor(type.documents, data.documents),
      chain: type.chain.map((s) => ({ body: s.body, days: s.days })),
      escalateTo: type.escalateTo,
      policyRevision: union.policyRevision,
      step: 1,
      body: first.body,
      dueBy: dueIn(metadata, first.days),
      submittedAt: metadata.now,
    },
  };
}

function reasonsOf(reasons: readonly string[]): string[] {
  const given = reasons.map((r) => r.trim()).filter((r) => r.length > 0);
  if (given.length === 0)
    throw new ReasonsRequired('A return or a refusal gives its reasons (Art. 12)', { field: 'reasons' });
  return given;
}

/**
 * Art. 12: each body of the chain in order approves its step, returns the matter for changes or refuses it. Once a
 * step escalated, the escalation body may decide it as well as the step's own body.
 */
function decideStep({ data, metadata }: DecideMatterStep, state: Matter): MatterEvent | MatterEvent[] {
  const matter = submitted(state, data.matterId);
  if (matter.status !== 'InReview')
    throw new MatterNotInReview(`Matter ${data.matterId} awaits no decision (it is ${matter.status.toLowerCase()})`);
  const body = matter.chain[matter.step - 1]!.body;
  const actor = { role: metadata.actor.role, organisationId: data.organisationId };
  const bodies: ApprovingBody[] = matter.escalated ? [body, matter.escalateTo] : [body];
  if (!bodies.some((b) => speaksFor(b, actor, matter)))
    throw new NotTheAwaitedBody(
      `Step ${matter.step} of matter ${data.matterId} awaits ${bodies.join(' or ')}, not ${actor.role} of ${actor.organisationId} (Art. 12)`,
      { details: { article: ARTICLE, step: matter.step, awaiting: bodies } },
    );
  const common = { matterId: matter.matterId, organisationId: matter.organisationId, step: matter.step, body };
  const decidedFor = data.organisationId;
  switch (data.decision) {
    case 'approve': {
      const next = matter.chain[matter.step];
      const approved: MatterEvent = {
        type: 'MatterStepApproved',
        data: {
          ...common,
          decidedFor,
          notes: data.notes.trim(),
          nextStep: next ? matter.step + 1 : null,
          nextBody: next?.body ?? null,
          dueBy: next ? dueIn(metadata, next.days) : null,
          approvedAt: metadata.now,
        },
      };
      if (next) return approved;
      return [
        approved,
        {
          type: 'MatterApproved',
          data: {
            matterId: matter.matterId,
            organisationId: matter.organisationId,
            matterType: matter.matterType,
            activity: matter.activity,
            policyRevision: matter.policyRevision,
            steps: matter.chain.length,
            approvedAt: metadata.now,
          },
        },
      ];
    }
    case 'return':
      return {
        type: 'MatterReturned',
        data: { ...common, decidedFor, reasons: reasonsOf(data.reasons), returnedAt: metadata.now },
      };
    case 'refuse':
      return {
        type: 'MatterRefused',
        data: { ...common, decidedFor, reasons: reasonsOf(data.reasons), refusedAt: metadata.now },
      };
    default:
      return assertNever(data.decision, 'step decision');
  }
}

/** The union answers a return with what it changed; the step that returned it decides again, by a new deadline. */
function resubmit({ data, metadata }: ResubmitMatter, state: Matter): MatterEvent {
  const matter = submitted(state, data.matterId);
  if (matter.organisationId !== data.organisationId)
    throw new NotTheSubmittingUnion(`Matter ${data.matterId} was submitted by ${matter.organisationId}`);
  if (matter.status !== 'Returned')
    throw new MatterNotReturned(`Matter ${data.matterId} was not returned (it is ${matter.status.toLowerCase()})`);
  const changes = data.changes.trim();
  if (!changes) throw new ChangesRequired('Say what changed', { field: 'changes' });
  const type = matter.chain[matter.step - 1]!;
  const required = [...new Set(matter.documents.map((d) => d.kind))];
  return {
    type: 'MatterResubmitted',
    data: {
      matterId: matter.matterId,
      organisationId: matter.organisationId,
      step: matter.step,
      body: type.body,
      changes,
      documents: data.documents === null ? [...matter.documents] : documentsFor(required, data.documents),
      dueBy: dueIn(metadata, type.days),
      resubmittedAt: metadata.now,
    },
  };
}

/**
 * A step past its deadline (the day after `dueBy`, Beijing time) goes to the policy's escalation body: an event, which
 * a scheduler or the union's staff ask for; a step escalates once.
 */
function escalate({ data, metadata }: EscalateMatterStep, state: Matter): MatterStepEscalated {
  const matter = submitted(state, data.matterId);
  if (matter.organisationId !== data.organisationId)
    throw new NotTheSubmittingUnion(`Matter ${data.matterId} was submitted by ${matter.organisationId}`);
  if (matter.status !== 'InReview')
    throw new MatterNotInReview(`Matter ${data.matterId} awaits no decision (it is ${matter.status.toLowerCase()})`);
  const today = beijingDate(metadata.now);
  const rule = matter.chain[matter.step - 1]!;
  if (matter.escalated)
    throw new StepAlreadyEscalated(`Step ${matter.step} of ${data.matterId} is already with ${matter.escalateTo}`);
  if (today <= matter.dueBy)
    throw new StepNotOverdue(`Step ${matter.step} of ${data.matterId} is due by ${matter.dueBy}`, {
      details: { dueBy: matter.dueBy },
    });
  return {
    type: 'MatterStepEscalated',
    data: {
      matterId: matter.matterId,
      organisationId: matter.organisationId,
      step: matter.step,
      body: rule.body,
      missedDueBy: matter.dueBy,
      escalatedTo: matter.escalateTo,
      dueBy: addDays(today, rule.days),
      escalatedAt: metadata.now,
    },
  };
}

/** Art. 12: an activity is marked held only once its approval completed; the refusal names the article. */
function markHeld({ data, metadata }: MarkActivityHeld, state: Matter): ActivityHeld {
  const matter = submitted(state, data.matterId);
  if (matter.organisationId !== data.organisationId)
    throw new NotTheSubmittingUnion(`Matter ${data.matterId} was submitted by ${matter.organisationId}`);
  if (!matter.activity) throw new NotAnActivity(`${matter.matterType} is not an activity`);
  switch (matter.status) {
    case 'Approved':
      break;
    case 'Held':
      throw new ActivityAlreadyHeld(`Activity ${data.matterId} was held on ${matter.heldOn}`);
    case 'InReview':
    case 'Returned':
    case 'Refused':
      throw new ApprovalIncomplete(
        `Activity ${data.matterId} is ${matter.status.toLowerCase()}: it is held only after its approval completed (Art. 12)`,
        { details: { article: ARTICLE, status: matter.status } },
      );
    default:
      return assertNever(matter, 'matter');
  }
  const today = beijingDate(metadata.now);
  if (!isCalendarDate(data.heldOn) || data.heldOn > today)
    throw new HeldOnInvalid(`The activity was held on a date up to ${today} (YYYY-MM-DD)`, { field: 'heldOn' });
  return {
    type: 'ActivityHeld',
    data: {
      matterId: matter.matterId,
      organisationId: matter.organisationId,
      heldOn: data.heldOn,
      summary: data.summary.trim(),
      recordedAt: metadata.now,
    },
  };
}

export function decideMatter(command: MatterCommand, state: Matter): MatterEvent | MatterEvent[] {
  switch (command.type) {
    case 'SubmitMatter':
      return submit(command, state);
    case 'DecideMatterStep':
      return decideStep(command, state);
    case 'ResubmitMatter':
      return resubmit(command, state);
    case 'EscalateMatterStep':
      return escalate(command, state);
    case 'MarkActivityHeld':
      return markHeld(command, state);
    default:
      return assertNever(command, 'matter command');
  }
}

export const matterDecider: Decider<Matter, MatterCommand, MatterEvent> = {
  decide: decideMatter,
  evolve: evolveMatter,
  initialState: initialMatter,
};

export const matterStream = (matterId: string) => `matter-${matterId}`;
