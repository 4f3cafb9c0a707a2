import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { ElectionStream } from './election-stream.js';
import { BALLOT_BOX_KEYS, type BallotBoxKeys, type BallotContent, sealBallot } from './ballot-box/ballot-box-keys.js';
import { dropIntoBox, ensureBox, holdsCredential, lockOpenBox } from './ballot-box/ballot-box.store.js';
import { cryptoShuffle } from './ballot-box/shuffle.js';
import type { SealedBallot } from './domain/counting.js';
import { electionDecider, electionStream } from './domain/election.decide.js';
import { requireOfficer, requireSupervisingScrutineer } from './domain/election-officers.js';
import { checkSealedBallots } from './domain/sealed-ballots.js';
import { roundOpenForVoting } from './voting-round.js';

type RoundRef = Readonly<{ electionId: string; roundNumber: number }>;

export class PaperRollCommand extends Command<CommandResult> {
  constructor(
    readonly data: RoundRef & Readonly<{ delegateId: string; step: 'IssueBallot' | 'ReturnBallot' }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
export class EnterPaperBallotsCommand extends Command<{ entered: number }> {
  constructor(
    readonly data: RoundRef & Readonly<{ scrutineerId: string; ballots: readonly BallotContent[] }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Paper ballots (CYL rules): an appointed teller hands a delegate a ballot and records it, and records the ballot
 * returned into the box. A delegate who collected an electronic credential gets no paper ballot, and their return
 * is recorded at the close.
 */
@CommandHandler(PaperRollCommand)
export class PaperRollHandler implements ICommandHandler<PaperRollCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly db: DataSource,
  ) {}

  async execute({ data, context }: PaperRollCommand): Promise<CommandResult> {
    const { electionId, roundNumber, delegateId } = data;
    // The ballot box's own table (write side), not a read model: whether the delegate votes electronically.
    const delegateHoldsCredential = await holdsCredential(this.db, data, delegateId);
    const command = {
      type: data.step,
      data: { electionId, roundNumber, delegateId, medium: { kind: 'paper' as const, delegateHoldsCredential } },
      metadata: this.runner.metadata(context),
    };
    return this.runner.run(electionStream(electionId), electionDecider, command, context);
  }
}

/**
 * A teller enters the paper ballots taken from the box, under an appointed scrutineer (CYL rules). They go into the
 * same sealed box as electronic ballots (shuffled again here, then at the close), so paper and electronic ballots
 * are counted as one batch and cannot be told apart.
 */
@CommandHandler(EnterPaperBallotsCommand)
export class EnterPaperBallotsHandler implements ICommandHandler<EnterPaperBallotsCommand> {
  constructor(
    private readonly elections: ElectionStream,
    private readonly db: DataSource,
    @Inject(BALLOT_BOX_KEYS) private readonly keys: BallotBoxKeys,
  ) {}

  async execute({ data, context }: EnterPaperBallotsCommand): Promise<{ entered: number }> {
    const election = await this.elections.load(data.electionId);
    requireOfficer(election, data.electionId, context.actor, 'teller');
    requireSupervisingScrutineer(election, data.electionId, data.scrutineerId, context.actor.id);
    const round = roundOpenForVoting(election, data.electionId, data.roundNumber);
    checkSealedBallots(
      data.ballots.map((b): SealedBallot => ({
        ballotId: randomUUID(),
        marks: b.marks as SealedBallot['marks'],
        writeIns: b.writeIns,
      })),
      round.candidates,
    );
    const sealed = cryptoShuffle(data.ballots).map((b) => sealBallot(this.keys, data.electionId, data.roundNumber, b));
    await ensureBox(this.db, data);
    await this.db.transaction(async (tx) => (await lockOpenBox(tx, data, 'share'), dropIntoBox(tx, data, sealed)));
    return { entered: sealed.length };
  }
}
