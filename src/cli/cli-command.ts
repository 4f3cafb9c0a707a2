/** One CLI command: its words ('projections rebuild'), its help, and what it does. */
export type CliCommand = Readonly<{
  name: string;
  usage: string;
  summary: string;
  help: string;
  run: (args: string[]) => Promise<number>;
}>;

/** Wrong arguments: the CLI prints the message and the command's usage, and exits 2. */
export class CliUsageError extends Error {}
