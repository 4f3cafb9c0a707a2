/** The time commands are decided at; tests pin it. */
export type Clock = Readonly<{ now: () => Date }>;

export const systemClock: Clock = { now: () => new Date() };
