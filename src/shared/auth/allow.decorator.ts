import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ALLOW_KEY = 'charter:allow';
export const PUBLIC_KEY = 'charter:public';

export type AllowRule = Readonly<{
  roles: readonly Role[];
  /** where the target organisation's id is: a route parameter or body field of this name */
  organisationFrom?: string;
}>;

/** Declares which roles may call a route, and for which organisation. Every non-public route needs one. */
export const Allow = (roles: readonly Role[], organisationFrom?: string) =>
  SetMetadata(ALLOW_KEY, { roles, organisationFrom } satisfies AllowRule);

/** A route anyone may call: health, the API docs. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
