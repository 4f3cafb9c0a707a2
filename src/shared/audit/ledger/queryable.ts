/** What the ledger's tables are read through: a DataSource, an EntityManager or a pg client. */
export type Queryable = Readonly<{ query: (sql: string, parameters?: unknown[]) => Promise<unknown> }>;
