import { expect, test } from 'vitest';
import { type MembershipOverview, planAccountDeletion } from './account-deletion.models';
import { csvCell, toCsv } from './export-files.models';

const personal: MembershipOverview = {
  workspaceId: 'p',
  name: 'Mine',
  kind: 'personal',
  roles: ['leader', 'admin'],
  otherMembers: 0,
  otherAdmins: 0,
};
const org = (overrides: Partial<MembershipOverview>): MembershipOverview => ({
  workspaceId: 'o',
  name: 'Org',
  kind: 'organization',
  roles: ['admin'],
  otherMembers: 0,
  otherAdmins: 0,
  ...overrides,
});

test('the personal workspace and an organization nobody else belongs to go with the account', () => {
  expect(planAccountDeletion([personal, org({})])).toEqual({
    allowed: true,
    deleteWorkspaceIds: ['p', 'o'],
    leaveWorkspaceIds: [],
  });
});

test('an organization with another admin is left, not deleted', () => {
  expect(planAccountDeletion([personal, org({ otherMembers: 2, otherAdmins: 1 })])).toEqual({
    allowed: true,
    deleteWorkspaceIds: ['p'],
    leaveWorkspaceIds: ['o'],
  });
});

test('a member who is not an admin simply leaves', () => {
  expect(planAccountDeletion([org({ roles: ['leader'], otherMembers: 3, otherAdmins: 0 })])).toMatchObject({
    allowed: true,
    leaveWorkspaceIds: ['o'],
  });
});

test('the only admin of an organization with other members is refused', () => {
  expect(planAccountDeletion([personal, org({ otherMembers: 1, otherAdmins: 0 })])).toEqual({
    allowed: false,
    soleAdminOf: [{ id: 'o', name: 'Org' }],
  });
});

test('CSV cells are quoted when needed and never start a formula', () => {
  expect(csvCell('plain')).toBe('plain');
  expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvCell(-3)).toBe('-3');
  expect(csvCell(null)).toBe('');
  expect(
    toCsv([
      { a: 1, b: 'x' },
      { a: 2, c: 'y' },
    ]),
  ).toBe('a,b,c\r\n1,x,\r\n2,,y\r\n');
});
