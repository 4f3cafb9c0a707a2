import { ROLL_FILE_TYPES } from './roll-file/roll-file.js';

/** A roll of a whole school (about 6,000 students) is well under this; the JSON routes keep their own limit. */
export const ROLL_FILE_MAX_BYTES = 10 * 1024 * 1024;

type FastifyLike = {
  hasContentTypeParser(type: string): boolean;
  addContentTypeParser(
    type: readonly string[],
    options: { parseAs: 'buffer'; bodyLimit: number },
    parser: (request: unknown, body: Buffer, done: (error: Error | null, body?: Buffer) => void) => void,
  ): void;
};

/** CSV and XLSX request bodies arrive as raw bytes; JSON and every other type are parsed as before. */
export function acceptRollFileBodies(fastify: FastifyLike | undefined): void {
  if (!fastify || ROLL_FILE_TYPES.every((type) => fastify.hasContentTypeParser(type))) return;
  fastify.addContentTypeParser(
    ROLL_FILE_TYPES,
    { parseAs: 'buffer', bodyLimit: ROLL_FILE_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
}
