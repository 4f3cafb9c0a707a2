import { describe, expect, it } from '@jest/globals';
import { belongsTo, heldToScope, historyScopeOf, organisationFilter, organisationsOf } from './history-scope.js';

const event = (actorOrganisationId: string, data: Record<string, unknown> = {}) =>
  ({ data, metadata: { actorOrganisationId } }) as never;

describe("a reader's history scope (issue 13 item 1)", () => {
  it('gives supervisors, auditors and admin every organisation, and staff their own', () => {
    const all = { organisationId: null, confidential: true };
    expect(historyScopeOf({ id: 's', role: 'supervisor', organisationId: '*' })).toEqual(all);
    expect(historyScopeOf({ id: 'a', role: 'auditor', organisationId: '*' })).toEqual(all);
    expect(historyScopeOf({ id: 'r', role: 'admin', organisationId: '*' })).toEqual(all);
    expect(historyScopeOf({ id: 'x', role: 'union-staff', organisationId: 'school' })).toEqual({
      organisationId: 'school',
      confidential: false,
    });
    expect(historyScopeOf({ id: 'y', role: 'supervisor', organisationId: 'arts' })).toEqual({
      organisationId: 'arts',
      confidential: true,
    });
  });

  it('counts an event as the organisation its actor acted for and the one its data is about', () => {
    expect(organisationsOf(event('*', { organisationId: 'arts' }))).toEqual(['*', 'arts']);
    expect(organisationsOf(event('school', { organisationId: 'school' }))).toEqual(['school']);
    expect(organisationsOf(event('school', { studentId: 's', collegeId: 'arts' }))).toEqual(['school', 'arts']);
    expect(belongsTo(event('school'), 'arts')).toBe(false);
  });

  it("holds staff to their own organisation, and refuses another's by name", () => {
    const staff = { organisationId: 'arts', confidential: false };
    expect(organisationFilter(staff, undefined)).toBe('arts');
    expect(organisationFilter(staff, 'arts')).toBe('arts');
    expect(() => organisationFilter(staff, 'school')).toThrow(
      expect.objectContaining({ code: 'HISTORY.OUT_OF_SCOPE' }),
    );
    expect(organisationFilter({ organisationId: null, confidential: true }, undefined)).toBeUndefined();
    expect(organisationFilter({ organisationId: null, confidential: true }, 'school')).toBe('school');
  });

  it('hides confidential streams (misconduct cases, Art. 21) from staff of the very organisation they are about', () => {
    const of = (stream: string) => ({ stream, data: { organisationId: 'school' }, metadata: {} }) as never;
    const events = [of('staff-school'), of('misconduct-c-1')];
    expect(heldToScope(events, { organisationId: 'school', confidential: false }, 'x')).toEqual([events[0]]);
    expect(heldToScope(events, { organisationId: null, confidential: true }, 'x')).toEqual(events);
  });
});
