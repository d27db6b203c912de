import { useRef } from 'react';
import { type FetcherWithComponents, Link } from 'react-router';
import type { Competency } from '../../shared/framework';
import type { Stakeholder } from '../../shared/stakeholders';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextAreaField } from '../components/form-field';
import { errorsOf } from '../forms';
import { ClosingDateField } from '../rounds/closing-date-field';
import { type CycleActionResult, cycleIntents } from './cycle-actions';
import { stakeholdersPath } from './cycle-data';
import { StakeholderPicker, usePeopleToAsk } from './stakeholder-picker';

type OpenRoundFormProps = {
  workspaceId: string;
  competency: Competency;
  stakeholders: Stakeholder[];
  k: number;
  fetcher: FetcherWithComponents<CycleActionResult>;
};

export const defaultIntro = (competency: Competency) =>
  `I'm working on ${competency.name.toLowerCase()} and would value your honest, future-focused suggestions. ` +
  'It takes about three minutes. Thank you for helping me grow.';

/** "Ask for input": the message, the closing date and whom to ask. */
export function OpenRoundForm({ workspaceId, competency, stakeholders, k, fetcher }: OpenRoundFormProps) {
  const { selected, choose, tooFew, enough } = usePeopleToAsk(k);
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data?.intent === cycleIntents.openRound ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, tooFew ?? (result?.ok === false ? result : undefined));

  if (stakeholders.length === 0) {
    return (
      <EmptyState title="List the people you work with first">
        <p>
          Add the people whose view you value — your team, peers and your manager — with an email address
          where you have one. You can reuse the list in every cycle.
        </p>
        <div className="button-row button-row-center">
          <Link className="button button-primary" to={stakeholdersPath(workspaceId)}>
            Add your stakeholders
          </Link>
        </div>
      </EmptyState>
    );
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!enough()) return;
    const values = new FormData(event.currentTarget);
    fetcher.submit(
      {
        intent: cycleIntents.openRound,
        intro: String(values.get('intro') ?? ''),
        closesOn: String(values.get('closesOn') ?? ''),
        stakeholderIds: [...selected],
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <form noValidate ref={form} className="form" onSubmit={submit}>
      <FormAlert message={errors.formError} />
      <TextAreaField
        label="Your message to them"
        name="intro"
        rows={4}
        defaultValue={defaultIntro(competency)}
        hint="It opens the email and the answer form. Feedforward adds how to answer and its promise of anonymity."
        error={errors.fieldErrors.intro}
      />
      <ClosingDateField error={errors.fieldErrors.closesOn} />
      <StakeholderPicker
        stakeholders={stakeholders}
        selected={selected}
        onChange={choose}
        k={k}
        error={tooFew?.message ?? errors.fieldErrors.stakeholderIds}
      />
      {stakeholders.length < k ? (
        <p className="muted">
          You have listed {stakeholders.length} {stakeholders.length === 1 ? 'person' : 'people'} so far.{' '}
          <Link to={stakeholdersPath(workspaceId)}>Add more stakeholders</Link>
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Opening the round…">
          Open round and send invitations
        </Button>
      </div>
    </form>
  );
}
