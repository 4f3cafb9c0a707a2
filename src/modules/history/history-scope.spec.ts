import { describe, expect, it } from '@jest/globals';
import { belongsTo, historyScopeOf, organisationFilter, organisationsOf } from './history-scope.js';

const event = (actorOrganisationId: string, data: Record<string, unknown> = {}) =>
  ({ data, metadata: { actorOrganisationId } }) as never;

describe("a reader's history scope (issue 13 item 1)", () => {
  it('gives supervisors, auditors and admin every organisation, and staff their own', () => {
    expect(historyScopeOf({ id: 's', role: 'supervisor', organisationId: '*' })).toEqual({ organisationId: null });
    expect(historyScopeOf({ id: 'a', role: 'auditor', organisationId: '*' })).toEqual({ organisationId: null });
    expect(historyScopeOf({ id: 'r', role: 'admin', organisationId: '*' })).toEqual({ organisationId: null });
    expect(historyScopeOf({ id: 'x', role: 'union-staff', organisationId: 'school' })).toEqual({
      organisationId: 'school',
    });
    expect(historyScopeOf({ id: 'y', role: 'supervisor', organisationId: 'arts' })).toEqual({ organisationId: 'arts' });
  });

  it('counts an event as the organisation its actor acted for and the one its data is about', () => {
    expect(organisationsOf(event('*', { organisationId: 'arts' }))).toEqual(['*', 'arts']);
    expect(organisationsOf(event('school', { organisationId: 'school' }))).toEqual(['school']);
    expect(organisationsOf(event('school', { studentId: 's', collegeId: 'arts' }))).toEqual(['school', 'arts']);
    expect(belongsTo(event('school'), 'arts')).toBe(false);
  });

  it("holds staff to their own organisation, and refuses another's by name", () => {
    const staff = { organisationId: 'arts' };
    expect(organisationFilter(staff, undefined)).toBe('arts');
    expect(organisationFilter(staff, 'arts')).toBe('arts');
    expect(() => organisationFilter(staff, 'school')).toThrow(
      expect.objectContaining({ code: 'HISTORY.OUT_OF_SCOPE' }),
    );
    expect(organisationFilter({ organisationId: null }, undefined)).toBeUndefined();
    expect(organisationFilter({ organisationId: null }, 'school')).toBe('school');
  });
});
