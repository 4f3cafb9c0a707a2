import { Injectable } from '@nestjs/common';
import { CommandRunner } from '../../shared/commands/command-runner.js';
import { staffRegisterDecider, staffRegisterStream } from './domain/staff-register.decide.js';

/** What other modules may know of a union's staff register, from its stream: the post a student holds. */
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
}
