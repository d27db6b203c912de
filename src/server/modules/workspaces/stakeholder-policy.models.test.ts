import { describe, expect, test } from 'vitest';
import { stakeholderPolicySchema } from '../../../shared/stakeholder-policy';
import { domainProblem, policyOf, storedPolicy } from './stakeholder-policy.models';

describe("an organization's own email domains", () => {
  test('with no domains named, anyone may be asked, with or without email', () => {
    expect(domainProblem('ada@gmail.com', [])).toBeNull();
    expect(domainProblem(null, [])).toBeNull();
  });

  test('an address at one of the domains is fine, whatever its case', () => {
    expect(domainProblem('Ada@ACME.com', ['acme.com', 'acme.org'])).toBeNull();
    expect(domainProblem('ben@acme.org', ['acme.com', 'acme.org'])).toBeNull();
  });

  test('an address elsewhere, or at a subdomain, is refused, naming the domains', () => {
    expect(domainProblem('ada@gmail.com', ['acme.com'])).toBe(
      'ada@gmail.com is not an address at @acme.com; your organization asks only its own people',
    );
    expect(domainProblem('ada@mail.acme.com', ['acme.com', 'acme.org', 'acme.io'])).toBe(
      'ada@mail.acme.com is not an address at @acme.com, @acme.org or @acme.io; your organization asks only its own people',
    );
  });

  test('someone without an email cannot be checked, so is refused', () => {
    expect(domainProblem(null, ['acme.com'])).toMatch(/asks for an email address at @acme.com/);
  });

  test('domains are read the way people paste them and stored the way they were read', () => {
    const policy = stakeholderPolicySchema.parse({
      emailDomains: [' @Acme.com', 'acme.org', 'acme.com'],
      approvalRequired: true,
    });
    expect(policy).toEqual({ emailDomains: ['acme.com', 'acme.org'], approvalRequired: true });
    expect(policyOf(storedPolicy(policy))).toEqual(policy);
    expect(policyOf({})).toEqual({ emailDomains: [], approvalRequired: false });
  });

  test('something that is not a domain is refused with a message', () => {
    const parsed = stakeholderPolicySchema.safeParse({ emailDomains: ['acme'], approvalRequired: false });
    expect(parsed.error?.issues[0]?.message).toBe('A domain looks like acme.com');
  });
});
