/** A domain event as the decider sees it: a stable past-tense type and JSON-safe data. */
export type DomainEvent<Type extends string = string, Data extends object = object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

/** Who issues a command: the subject and the role (scoped to an organisation) it acts in. */
export type Actor = Readonly<{ id: string; role: string; organisationId: string }>;

/** Facts every command carries in: the time of decision and who decided. Deciders never read a clock. */
export type CommandMetadata = Readonly<{ now: string; actor: Actor; reason?: string }>;

export type DomainCommand<Type extends string = string, Data extends object = object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata: CommandMetadata;
}>;

/** Pure decision logic of one aggregate: no I/O, no framework. */
export type Decider<State, C extends DomainCommand, E extends DomainEvent> = Readonly<{
  decide: (command: C, state: State) => E | E[];
  evolve: (state: State, event: E) => State;
  initialState: () => State;
}>;

/** Makes a switch over a union exhaustive: adding a member breaks the build until it is handled. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
