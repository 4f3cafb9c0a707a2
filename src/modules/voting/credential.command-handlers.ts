import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ElectionStream } from './election-stream.js';
import {
  BALLOT_BOX_KEYS,
  type BallotBoxKeys,
  type BallotContent,
  credentialHash,
  mintCredential,
  readCredential,
  sealBallot,
} from './ballot-box/ballot-box-keys.js';
import {
  addCredential,
  claimHolder,
  dropHolder,
  dropIntoBox,
  ensureBox,
  lockOpenBox,
  markUsed,
  spendCredential,
} from './ballot-box/ballot-box.store.js';
import {
  BallotAlreadyCast,
  BallotMediumConflict,
  CredentialNotValid,
  CredentialSpent,
} from './domain/ballot-box.errors.js';
import type { SealedBallot } from './domain/counting.js';
import { DelegateNotOnRoll } from './domain/election.errors.js';
import { electionDecider, electionStream } from './domain/election.decide.js';
import { checkSealedBallots } from './domain/sealed-ballots.js';
import { type BallotPaper, ballotPaper, roundOpenForVoting } from './voting-round.js';

type RoundRef = Readonly<{ electionId: string; roundNumber: number }>;
export type IssuedCredential = Readonly<{
  credential: string;
  ballot: BallotPaper;
  castPath: string;
  position: string | null;
}>;

export class CollectCredentialCommand extends Command<IssuedCredential> {
  constructor(
    readonly data: RoundRef,
    readonly context: CommandContext,
  ) {
    super();
  }
}
/** Carries no context: the ballot box does not know who casts (docs/elections.md). */
export class CastBallotCommand extends Command<{ accepted: true }> {
  constructor(readonly data: RoundRef & Readonly<{ credential: string; ballot: BallotContent }>) {
    super();
  }
}

/**
 * A delegate on the round's roll collects a one-time credential: the roll records the ballot issued (BallotIssued,
 * the only event), the holders table that this delegate votes electronically, the credentials table only the
 * credential's hash. A lost credential is replaced by collecting again; all of a delegate's credentials share one vote.
 */
@CommandHandler(CollectCredentialCommand)
export class CollectCredentialHandler implements ICommandHandler<CollectCredentialCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly elections: ElectionStream,
    private readonly db: DataSource,
    @Inject(BALLOT_BOX_KEYS) private readonly keys: BallotBoxKeys,
  ) {}

  async execute({ data, context }: CollectCredentialCommand): Promise<IssuedCredential> {
    const delegateId = context.actor.id;
    const round = roundOpenForVoting(await this.elections.load(data.electionId), data.electionId, data.roundNumber);
    if (!round.roll.includes(delegateId))
      throw new DelegateNotOnRoll(`You are not on the roll of round ${data.roundNumber}`);
    await ensureBox(this.db, data);
    const claim = await this.db.transaction(
      async (tx) => (await lockOpenBox(tx, data, 'share'), claimHolder(tx, data, delegateId)),
    );
    if (claim.used) throw new BallotAlreadyCast('Your ballot in this round has been cast');
    let position: string | null = null;
    if (round.issued.includes(delegateId) && claim.created) {
      await dropHolder(this.db, data, delegateId);
      throw new BallotMediumConflict('You were issued a paper ballot in this round');
    }
    if (!round.issued.includes(delegateId)) {
      const command = {
        type: 'IssueBallot' as const,
        data: { ...data, delegateId, medium: { kind: 'credential' as const } },
        metadata: this.runner.metadata(context),
      };
      try {
        position = (await this.runner.run(electionStream(data.electionId), electionDecider, command, context)).position;
      } catch (error) {
        if (claim.created) await dropHolder(this.db, data, delegateId);
        throw error;
      }
    }
    const credential = mintCredential(this.keys, { ...data, delegateId });
    await this.db.transaction(
      async (tx) => (await lockOpenBox(tx, data, 'share'), addCredential(tx, data, credentialHash(credential))),
    );
    return {
      credential,
      ballot: ballotPaper(data.electionId, round),
      castPath: `/api/v1/ballot-box/${data.electionId}/rounds/${data.roundNumber}/ballots`,
      position,
    };
  }
}

/**
 * Casting with the credential alone. In one transaction: the credential's hash is deleted, the holder's "used" flag
 * set, the ballot sealed into the box under a random id. Nothing else is written and nothing is logged; the roll
 * learns of the return only at the close, in a sorted batch. Error messages never repeat the credential or the ballot.
 */
@CommandHandler(CastBallotCommand)
export class CastBallotHandler implements ICommandHandler<CastBallotCommand> {
  constructor(
    private readonly elections: ElectionStream,
    private readonly db: DataSource,
    @Inject(BALLOT_BOX_KEYS) private readonly keys: BallotBoxKeys,
  ) {}

  async execute({ data }: CastBallotCommand): Promise<{ accepted: true }> {
    const holder = readCredential(this.keys, data.credential);
    if (!holder || holder.electionId !== data.electionId || holder.roundNumber !== data.roundNumber)
      throw new CredentialNotValid('This credential does not open this ballot box');
    const round = roundOpenForVoting(await this.elections.load(data.electionId), data.electionId, data.roundNumber);
    const ballot: SealedBallot = {
      ballotId: randomUUID(),
      marks: data.ballot.marks as SealedBallot['marks'],
      writeIns: data.ballot.writeIns,
    };
    checkSealedBallots([ballot], round.candidates);
    const sealed = sealBallot(this.keys, data.electionId, data.roundNumber, data.ballot);
    await this.db.transaction(async (tx) => {
      await lockOpenBox(tx, data, 'share');
      if (!(await spendCredential(tx, data, credentialHash(data.credential))))
        throw new CredentialSpent('This credential has been used');
      if (!(await markUsed(tx, data, holder.delegateId)))
        throw new BallotAlreadyCast('A ballot has already been cast with a credential of this holder');
      await dropIntoBox(tx, data, [sealed]);
    });
    return { accepted: true };
  }
}
