import { randomBytes, randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { ORGANISATION_DIRECTORY } from '../../src/modules/organisations/read-models/organisation-directory/organisation-directory.projection.js';
import { RenameOrganisationCommand } from '../../src/modules/organisations/organisation.command-handlers.js';
import type { CommandContext } from '../../src/shared/commands/command-context.js';
import { type BenchApp, inParallel } from './app.js';
import type { HttpCommand } from './http-load.js';

/** Registered first, as the parent of every college union. */
const SCHOOL = 'school';

/** A key no earlier request in this database used: `bench-<run>-<n>`. */
function idempotencyKeys(): () => string {
  const run = randomBytes(4).toString('hex');
  let n = 0;
  return () => `bench-${run}-${n++}`;
}

/** Registers the school union and `count` college unions under it, as the system administrator, through the API. */
export async function registerColleges(app: BenchApp, count: number): Promise<string[]> {
  const admin = app.token('root', { role: 'admin', org: '*' });
  const register = async (body: Record<string, string>): Promise<void> => {
    const reply = await app.request('POST', '/api/v1/organisations', { token: admin, body });
    if (reply.status !== 201) throw new Error(`Registering ${body.organisationId} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  };
  await register({ organisationId: SCHOOL, kind: 'school-union', name: '校学生会' });
  const colleges = Array.from({ length: count }, (_, k) => `college-${k}`);
  await inParallel(colleges, 16, (organisationId, k) => register({ organisationId, kind: 'college-union', name: `第${k}学院学生会`, parentId: SCHOOL }));
  return colleges;
}

/**
 * PUT /api/v1/organisations/:organisationId/name with `{ name }`. Set-up: the school union and `targets` college
 * unions, registered by the administrator. Each request renames the next college in turn (round robin, so no
 * two requests in flight touch the same stream) to a name it has not had, so every request appends one
 * OrganisationRenamed; the token is that college's own staff token ({ role: 'college-union-staff', org }),
 * and every request has its own Idempotency-Key.
 */
export const renameOrganisation: HttpCommand = {
  route: 'PUT /api/v1/organisations/:organisationId/name',
  summary: 'rename a college union (college-union-staff token for that college, unique Idempotency-Key, one OrganisationRenamed appended)',
  eventsPerRequest: 1,
  readModels: [ORGANISATION_DIRECTORY],
  async prepare(app, { targets }) {
    const colleges = await registerColleges(app, targets);
    const headers = colleges.map((org) => ({
      authorization: `Bearer ${app.token(`staff-${org}`, { role: 'college-union-staff', org })}`,
      'content-type': 'application/json',
    }));
    const key = idempotencyKeys();
    let n = 0;
    const commands = app.app.get(CommandBus);
    return {
      next: () => {
        const k = n % colleges.length;
        const name = `第${k}学院学生会（${n++}）`;
        return {
          method: 'PUT',
          path: `/api/v1/organisations/${colleges[k]}/name`,
          headers: { ...headers[k]!, 'idempotency-key': key() },
          body: JSON.stringify({ name }),
        };
      },
      inProcess: () => {
        const k = n % colleges.length;
        const organisationId = colleges[k]!;
        const correlationId = randomUUID();
        const context: CommandContext = {
          commandId: randomUUID(),
          correlationId,
          causationId: correlationId,
          actor: { id: `staff-${organisationId}`, role: 'college-union-staff', organisationId },
        };
        return commands.execute(new RenameOrganisationCommand({ organisationId, name: `第${k}学院学生会（${n++}）` }, context));
      },
    };
  },
};

/** The command the HTTP workloads drive. */
export const HTTP_COMMAND: HttpCommand = renameOrganisation;
