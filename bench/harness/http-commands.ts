import { randomBytes, randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { type DemoCollege, generateRoll, rollToCsv } from '../../src/cli/demo/roll-generator.js';
import { attendanceProjection, requiredPresent } from '../../src/modules/congress/index.js';
import { SittingStepCommand } from '../../src/modules/congress/sitting.command-handlers.js';
import { organisationDirectoryProjection } from '../../src/modules/organisations/index.js';
import { RenameOrganisationCommand } from '../../src/modules/organisations/organisation.command-handlers.js';
import type { CommandContext, CommandResult } from '../../src/shared/commands/command-context.js';
import type { Actor } from '../../src/shared/domain/decider.js';
import type { Ratio } from '../../src/shared/domain/policy-value.js';
import { type BenchApp, inParallel } from './app.js';
import type { HttpCommand } from './http-load.js';

/** The school union every set-up registers first. */
const SCHOOL = 'school';

/** A key no earlier request in this database used: `bench-<run>-<n>`. */
function idempotencyKeys(): () => string {
  const run = randomBytes(4).toString('hex');
  let n = 0;
  return () => `bench-${run}-${n++}`;
}

function contextFor(actor: Actor): CommandContext {
  const correlationId = randomUUID();
  return { commandId: randomUUID(), correlationId, causationId: correlationId, actor };
}

function adminToken(app: BenchApp): string {
  return app.token('root', { role: 'admin', org: '*' });
}

async function register(app: BenchApp, body: Record<string, string>): Promise<void> {
  await app.ok('POST', '/api/v1/organisations', { token: adminToken(app), body });
}

/**
 * PUT /api/v1/organisations/:organisationId/name with `{ name }`. Set-up: the school union and `targets` college
 * unions under it, registered by the administrator. Each request renames the next college in turn (round
 * robin, so no two requests in flight touch the same stream) to a name it has not had, so every request
 * appends one OrganisationRenamed; the token is that college's own staff token.
 */
export const renameOrganisation: HttpCommand = {
  route: 'PUT /api/v1/organisations/:organisationId/name',
  summary:
    'rename a college union, round robin over the targets (its own college-union-staff token, one OrganisationRenamed)',
  readModels: [organisationDirectoryProjection.name],
  async prepare(app, { targets }) {
    await register(app, { organisationId: SCHOOL, kind: 'school-union', name: '校学生会' });
    const colleges = Array.from({ length: targets }, (_, k) => `college-${k}`);
    await inParallel(colleges, 16, (organisationId, k) =>
      register(app, { organisationId, kind: 'college-union', name: `第${k}学院学生会`, parentId: SCHOOL }),
    );
    const headers = colleges.map((org) => ({
      authorization: `Bearer ${app.token(`staff-${org}`, { role: 'college-union-staff', org })}`,
      'content-type': 'application/json',
    }));
    const key = idempotencyKeys();
    const commands = app.app.get(CommandBus);
    let n = 0;
    const step = (): { k: number; name: string } => {
      const k = n % colleges.length;
      return { k, name: `第${k}学院学生会（${n++}）` };
    };
    return {
      next: () => {
        const { k, name } = step();
        return {
          method: 'PUT',
          path: `/api/v1/organisations/${colleges[k]}/name`,
          headers: { ...headers[k]!, 'idempotency-key': key() },
          body: JSON.stringify({ name }),
        };
      },
      inProcess: () => {
        const { k, name } = step();
        const organisationId = colleges[k]!;
        const context = contextFor({ id: `staff-${organisationId}`, role: 'college-union-staff', organisationId });
        return commands.execute(
          new RenameOrganisationCommand({ organisationId, name }, context),
        ) as Promise<CommandResult>;
      },
    };
  },
};

/** Two colleges, as the registry's CSV import receives them: enough students for a 20-seat congress. */
const CONGRESS_COLLEGES: DemoCollege[] = [
  { collegeId: 'arts', name: '艺术设计学院', students: 60, majors: ['环境艺术设计', '数字媒体艺术设计'] },
  { collegeId: 'it', name: '信息工程学院', students: 90, majors: ['软件技术', '云计算技术应用'] },
];
const CONGRESS = 'congress-bench';
/** The charter's quorum (config/charter-policy.json), should the congress view not show it. */
const COLLEGE_QUORUM: Ratio = { numerator: 2, denominator: 3 };
const SEATS = 20;

type StudentPage = { items: Array<{ studentId: string; collegeId: string; officer: boolean }>; total: number };

/**
 * POST /api/v1/organisations/school/sittings/:sittingId/check-ins with `{ delegateId }` (and check-outs). Set-up,
 * all through the API with the role that owns each step: the school union, two colleges with their league
 * organisation and class league branch, a roll of 150 students imported as CSV, a 20-seat congress convened,
 * every seat recommended by the branch, elected by the college union and qualified by the credentials check,
 * then `targets` sittings opened with those 20 delegates on the roll. Each request goes to the next sitting in
 * turn (round robin, so no two requests in flight touch the same stream) and checks the next delegate in, or
 * out once the count is one short of the quorum, so every request is accepted and appends one event. The
 * token is the school union staff's.
 */
export const checkInDelegate: HttpCommand = {
  route: 'POST /api/v1/organisations/:organisationId/sittings/:sittingId/check-ins',
  summary:
    `check a delegate in, or out, at a sitting of a convened ${SEATS}-seat congress, round robin over the open sittings, ` +
    'keeping the count below the quorum (union-staff token; one DelegateCheckedIn or DelegateCheckedOut)',
  readModels: [attendanceProjection.name],
  async prepare(app, { targets }) {
    const staffGrant = { role: 'union-staff', org: SCHOOL } as const;
    const staff = app.token('school-staff', staffGrant);
    await register(app, { organisationId: SCHOOL, kind: 'school-union', name: '校学生会' });
    for (const c of CONGRESS_COLLEGES) {
      await register(app, {
        organisationId: c.collegeId,
        kind: 'college-union',
        name: `${c.name}学生会`,
        parentId: SCHOOL,
      });
      await register(app, {
        organisationId: `${c.collegeId}-league`,
        kind: 'college-league-org',
        name: `${c.name}团总支`,
        parentId: c.collegeId,
      });
      await register(app, {
        organisationId: `${c.collegeId}-branch`,
        kind: 'class-league-branch',
        name: `${c.name}团支部`,
        parentId: `${c.collegeId}-league`,
      });
    }
    const imported = await app.ok<{ position: string | null }>('POST', '/api/v1/students/imports', {
      token: staff,
      body: rollToCsv(generateRoll(CONGRESS_COLLEGES)),
      contentType: 'text/csv',
    });
    const readAfter = (position: string | null): Record<string, string> =>
      position ? { 'x-read-after': position } : {};
    const students = await app.ok<StudentPage>('GET', '/api/v1/students?status=enrolled&limit=500', {
      token: staff,
      headers: readAfter(imported.position),
    });
    const convened = await app.ok<{ position: string | null }>('POST', `/api/v1/organisations/${SCHOOL}/congresses`, {
      token: staff,
      body: { congressId: CONGRESS, number: 1, year: 2026, targetSeats: SEATS, mainClubs: [] },
    });
    const congress = await app.ok<{ allocation: Array<{ collegeId: string; seats: number }>; quorum?: Ratio }>(
      'GET',
      `/api/v1/congresses/${CONGRESS}`,
      {
        token: staff,
        headers: readAfter(convened.position),
      },
    );
    // non-officers first, so the congress keeps the charter's share of delegates without a union post
    const seated = congress.allocation.flatMap(({ collegeId, seats }) =>
      students.items
        .filter((s) => s.collegeId === collegeId)
        .sort((a, b) => Number(a.officer) - Number(b.officer))
        .slice(0, seats)
        .map(({ studentId }) => ({ collegeId, studentId })),
    );
    // one delegate at a time: every step appends to the congress's stream, so steps sent side by side would
    // conflict and could run out of retries
    await inParallel(seated, 1, async ({ collegeId, studentId }) => {
      const branch = app.token(`${collegeId}-secretary`, { role: 'class-league-branch', org: `${collegeId}-branch` });
      const college = app.token(`${collegeId}-staff`, { role: 'college-union-staff', org: collegeId });
      await app.ok('POST', `/api/v1/organisations/${collegeId}-branch/congresses/${CONGRESS}/recommendations`, {
        token: branch,
        body: { studentId },
      });
      await app.ok(
        'POST',
        `/api/v1/organisations/${collegeId}/congresses/${CONGRESS}/delegates/${studentId}/election`,
        {
          token: college,
          body: { elected: true, method: 'vote', votesFor: 20, votesAgainst: 3, abstentions: 1 },
        },
      );
      await app.ok(
        'POST',
        `/api/v1/organisations/${SCHOOL}/congresses/${CONGRESS}/delegates/${studentId}/credentials`,
        { token: staff, body: { qualified: true } },
      );
    });
    const delegates = seated.map((d) => d.studentId);
    if (delegates.length === 0) throw new Error('The congress has no seats to fill');
    const quorum = congress.quorum ?? COLLEGE_QUORUM;
    const sittings = Array.from({ length: targets }, (_, i) => `${CONGRESS}-sitting-${i}`);
    await inParallel(sittings, 16, (sittingId, i) =>
      app.ok('POST', `/api/v1/organisations/${SCHOOL}/congresses/${CONGRESS}/sittings`, {
        token: staff,
        body: { sittingId, title: `第${i + 1}次全体会议` },
      }),
    );

    const headers = { authorization: `Bearer ${staff}`, 'content-type': 'application/json' };
    const key = idempotencyKeys();
    const commands = app.app.get(CommandBus);
    let n = 0;
    // Request n goes to sitting n mod S. There, its j-th request (j = n div S) checks delegate j mod P in during
    // the even rounds of P and out during the odd ones, P being one fewer than the quorum: the count never
    // crosses it, so every answer appends exactly one event whatever the phase of the cycle (crossing it adds
    // QuorumReached or QuorumLost, and would make events per request depend on when the measurement starts).
    const toggled = delegates.slice(0, Math.max(1, requiredPresent(delegates.length, quorum) - 1));
    const step = (): { sittingId: string; delegateId: string; checkIn: boolean } => {
      const j = Math.floor(n / sittings.length);
      const sittingId = sittings[n++ % sittings.length]!;
      return { sittingId, delegateId: toggled[j % toggled.length]!, checkIn: Math.floor(j / toggled.length) % 2 === 0 };
    };
    return {
      next: () => {
        const { sittingId, delegateId, checkIn } = step();
        return {
          method: 'POST',
          path: `/api/v1/organisations/${SCHOOL}/sittings/${sittingId}/${checkIn ? 'check-ins' : 'check-outs'}`,
          headers: { ...headers, 'idempotency-key': key() },
          body: JSON.stringify({ delegateId }),
        };
      },
      inProcess: () => {
        const { sittingId, delegateId, checkIn } = step();
        const context = contextFor({ id: 'school-staff', role: staffGrant.role, organisationId: SCHOOL });
        const data = { sittingId, organisationId: SCHOOL, delegateId };
        const command = new SittingStepCommand(
          checkIn ? { type: 'CheckInDelegate', data } : { type: 'CheckOutDelegate', data },
          context,
        );
        return commands.execute(command) as Promise<CommandResult>;
      },
    };
  },
};

/** The commands the HTTP workloads can drive (--command), the first being the default. */
export const HTTP_COMMANDS: Readonly<Record<string, HttpCommand>> = {
  'check-in': checkInDelegate,
  rename: renameOrganisation,
};

export function httpCommand(name: string | undefined): HttpCommand {
  const chosen = HTTP_COMMANDS[name ?? Object.keys(HTTP_COMMANDS)[0]!];
  if (!chosen) throw new Error(`Unknown --command ${name}; one of ${Object.keys(HTTP_COMMANDS).join(', ')}`);
  return chosen;
}
