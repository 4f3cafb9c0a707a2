import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CommandContext, CommandResult } from '../../shared/commands/command-context.js';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { loadAggregate, retryOnConflict } from '../../shared/commands/handle-command.js';
import type { AppConfig } from '../../shared/config/app-config.js';
import { EVENT_STORE, type EventStore } from '../../shared/event-store/event-store.port.js';
import { ProjectionService } from '../../shared/projections/projection-service.js';
import { APP_CONFIG } from '../../shared/tokens.js';
import { BALLOT_BOX_KEYS, type BallotBoxKeys, openBallot } from './ballot-box/ballot-box-keys.js';
import { type Sql, emptyBox, ensureBox, lockOpenBox, takeBox, vacuumBox } from './ballot-box/ballot-box.store.js';
import { chainEvents } from '../../shared/commands/chain-events.js';
import { cryptoShuffle } from './ballot-box/shuffle.js';
import { closeWithReturns } from './domain/close-with-returns.js';
import type { SealedBallot } from './domain/counting.js';
import { electionDecider, electionStream } from './domain/election.decide.js';
import { requireOfficer } from './domain/election-officers.js';
import { ElectionFacts } from '../elections/index.js';
import { roundOpenForVoting } from './voting-round.js';

export class CloseRoundCommand extends Command<CommandResult> {
  constructor(
    readonly data: Readonly<{ electionId: string; roundNumber: number }>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * An appointed scrutineer closes the round (CYL rules: the count is under the scrutineers). One database transaction:
 * lock the box (casts in flight finish first, later ones find it closed), take every sealed ballot as one batch,
 * open them, put them in a cryptographically random order under fresh random ids, record the electronic returns as
 * one sorted batch, decide (close, void or count), append with the exact expected revision, empty the box.
 */
@CommandHandler(CloseRoundCommand)
export class CloseRoundHandler implements ICommandHandler<CloseRoundCommand> {
  private readonly log = new Logger('elections');

  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: ElectionFacts,
    private readonly db: DataSource,
    private readonly projections: ProjectionService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(BALLOT_BOX_KEYS) private readonly keys: BallotBoxKeys,
  ) {}

  async execute({ data, context }: CloseRoundCommand): Promise<CommandResult> {
    // The one command loop's retry rule; each attempt is a new transaction (a conflict aborted the last one).
    const result = await this.runner.inTurn(electionStream(data.electionId), () =>
      retryOnConflict(this.config.commandRetries, () =>
        this.db.transaction((tx) => this.closeWithin(tx, data, context)),
      ),
    );
    this.projections.poke();
    await vacuumBox(this.db).catch(() => this.log.warn('the ballot box tables could not be vacuumed after a close'));
    return result;
  }

  private async closeWithin(tx: Sql, data: CloseRoundCommand['data'], context: CommandContext): Promise<CommandResult> {
    const { electionId, roundNumber } = data;
    const stream = electionStream(electionId);
    const { state, revision, headHash } = await loadAggregate(this.store, stream, electionDecider);
    requireOfficer(state, electionId, context.actor, 'scrutineer');
    if (!(state.status === 'Voting' && state.round.roundNumber === roundNumber))
      return this.leftovers(tx, data, () => roundOpenForVoting(state, electionId, roundNumber));
    await ensureBox(tx, data);
    await lockOpenBox(tx, data, 'update');
    const box = await takeBox(tx, data);
    const ballots: SealedBallot[] = cryptoShuffle(box.sealed).map(
      (sealed) =>
        ({ ballotId: randomUUID(), ...openBallot(this.keys, electionId, roundNumber, sealed) }) as SealedBallot,
    );
    const writtenIn = ballots.flatMap((b) => b.writeIns.map((w) => w.personId).filter((id): id is string => !!id));
    const policy =
      state.status === 'Voting' && writtenIn.length > 0 ? await this.facts.schoolPolicy(state.organisationId) : null;
    const eligibleWriteIns = policy ? await this.facts.eligibleWriteIns(writtenIn, policy) : [];
    const metadata = this.runner.metadata(context);
    const events = closeWithReturns(
      state,
      { electionId, roundNumber, usedCredentials: box.usedCredentials, ballots, eligibleWriteIns },
      metadata,
    );
    const chained = chainEvents(stream, revision, headHash, events, context, metadata.now);
    const appended = await this.store.appendToStream(stream, chained, { expected: revision, within: tx });
    await emptyBox(tx, data);
    return {
      stream,
      streamRevision: appended.nextExpectedRevision.toString(),
      position: appended.position,
      events: events.map((e) => e.type),
    };
  }

  /**
   * The round is no longer open in the log. A box still open for it is what an interrupted close left behind on
   * KurrentDB (appended, not yet emptied): empty it now. Otherwise the round was never open: say so.
   */
  private async leftovers(tx: Sql, data: CloseRoundCommand['data'], refuse: () => unknown): Promise<CommandResult> {
    const open = (await tx.query(
      `SELECT 1 FROM election_ballot_boxes WHERE election_id = $1 AND round_number = $2 AND status = 'open' FOR UPDATE`,
      [data.electionId, data.roundNumber],
    )) as unknown[];
    if (open.length === 0) refuse();
    await emptyBox(tx, data);
    return { stream: electionStream(data.electionId), streamRevision: null, position: null, events: [] };
  }
}
