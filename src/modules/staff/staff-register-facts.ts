import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { staffRegisterDecider, staffRegisterStream } from './domain/staff-register.decide.js';
import type { Post } from './domain/staff-register.events.js';

/** Who holds a post in a union's register today, as other modules decide on it (the semester review, Art. 19-20). */
export type OfficeHolder = Readonly<{ studentId: string; post: Post }>;

/** What other modules may know of a union's staff register, from its stream: who holds which post. */
@Injectable()
export class StaffRegisterFacts {
  constructor(private readonly runner: CommandRunner) {}

  /** The post `studentId` holds in the union (`presidium`, or `<department>/<head|member>`); null for none. */
  async postOf(organisationId: string, studentId: string): Promise<string | null> {
    const register = await this.runner.load(staffRegisterStream(organisationId), staffRegisterDecider);
    const post = register.staff[studentId];
    if (!post) return null;
    return post.kind === 'presidium' ? 'presidium' : `${post.departmentId}/${post.role}`;
  }

  /** Every post held in the union's register now, by student id. */
  async officeHolders(organisationId: string): Promise<OfficeHolder[]> {
    const register = await this.runner.load(staffRegisterStream(organisationId), staffRegisterDecider);
    return Object.entries(register.staff)
      .map(([studentId, post]) => ({ studentId, post }))
      .sort((a, b) => a.studentId.localeCompare(b.studentId));
  }
}
