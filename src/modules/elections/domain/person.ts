/** A person as an election names them (a candidate, an officer, a write-in): the registry's id and the name on the ballot. */
export type Person = Readonly<{ personId: string; name: string }>;
