import type { StakeholderPolicy } from '../../shared/stakeholder-policy';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { stakeholderPolicyIntents } from './stakeholder-policy-actions';
import { useWorkspaceText } from './workspace-text';

/**
 * Admins of an organization: whom its leaders may ask. Its own domains keep out invented inboxes;
 * an admin's approval of each list keeps out invented people before anyone is asked.
 */
export function StakeholderPolicySetting({ current }: { current: StakeholderPolicy }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();

  return (
    <section className="card section" aria-labelledby="stakeholder-policy-heading">
      <h2 id="stakeholder-policy-heading">{t('policy.heading')}</h2>
      <p>{t('policy.text')}</p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-compact">
        <input type="hidden" name="intent" value={stakeholderPolicyIntents.policy} />
        <FormAlert message={errors.formError} />
        <TextField
          label={t('policy.domains')}
          name="emailDomains"
          defaultValue={current.emailDomains.join(', ')}
          hint={t('policy.domainsHint')}
          error={errors.fieldErrors.emailDomains}
        />
        <label className="checkbox-row">
          <input type="checkbox" name="approvalRequired" defaultChecked={current.approvalRequired} />
          <span>{t('policy.approval')}</span>
        </label>
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel={t('saving')}>
          {t('policy.save')}
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
