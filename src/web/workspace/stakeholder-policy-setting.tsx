// i18n: not yet translated
import type { StakeholderPolicy } from '../../shared/stakeholder-policy';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { stakeholderPolicyIntents } from './stakeholder-policy-actions';

/**
 * Admins of an organization: whom its leaders may ask. Its own domains keep out invented inboxes;
 * an admin's approval of each list keeps out invented people before anyone is asked.
 */
export function StakeholderPolicySetting({ current }: { current: StakeholderPolicy }) {
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();

  return (
    <section className="card section" aria-labelledby="stakeholder-policy-heading">
      <h2 id="stakeholder-policy-heading">Who leaders may ask</h2>
      <p>
        A leader who adds their own address, or people who do not exist, could answer for everyone but one
        person and so read that person's answer. These rules make that hard.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-compact">
        <input type="hidden" name="intent" value={stakeholderPolicyIntents.policy} />
        <FormAlert message={errors.formError} />
        <TextField
          label="Your organization's email domains"
          name="emailDomains"
          defaultValue={current.emailDomains.join(', ')}
          hint="For example acme.com, acme.org. Everyone a leader asks then needs an address at one of them. Leave empty to allow any address."
          error={errors.fieldErrors.emailDomains}
        />
        <label className="checkbox-row">
          <input type="checkbox" name="approvalRequired" defaultChecked={current.approvalRequired} />
          <span>An admin approves the people each leader asks before a round opens</span>
        </label>
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
          Save rules
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
