// i18n: not yet translated
import { useEffect, useId, useRef, useState } from 'react';
import { type FetcherWithComponents, Link } from 'react-router';
import type { Competency } from '../../shared/framework';
import type { Locale } from '../../shared/i18n/locales';
import type { Stakeholder } from '../../shared/stakeholders';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextAreaField } from '../components/form-field';
import { errorsOf } from '../forms';
import { withReturnPath } from '../return-path';
import { ClosingDateField } from '../rounds/closing-date-field';
import { languageOf, RoundLanguageField } from '../rounds/round-language-field';
import { AddPeople } from './add-people';
import { type CycleActionResult, cycleIntents } from './cycle-actions';
import { cyclePath, stakeholdersPath } from './cycle-data';
import { GroupFiguresNote } from './group-figures-note';
import { StakeholderPicker, usePeopleToAsk } from './stakeholder-picker';

type OpenRoundFormProps = {
  workspaceId: string;
  cycleId: string;
  competency: Competency;
  stakeholders: Stakeholder[];
  k: number;
  /** On a cycle's first round the leader usually asks everyone they listed, so all start chosen. */
  firstRound: boolean;
  /** The organization's admins approve each list, so asking sends nothing yet. */
  approvalRequired: boolean;
  /** Without a mail server nobody is emailed: the button promises the links instead. */
  emailCanBeSent: boolean;
  /** The workspace's language for new rounds, chosen until the leader picks another. */
  defaultLanguage: Locale;
  fetcher: FetcherWithComponents<CycleActionResult>;
};

export const defaultIntro = (competency: Competency) =>
  `I'm working on ${competency.name.toLowerCase()} and would value your honest, future-focused suggestions. ` +
  'It takes about three minutes. Thank you for helping me grow.';

/** "Ask for input": the message, the closing date, whom to ask (adding people on the spot) and how results will be grouped. */
export function OpenRoundForm(props: OpenRoundFormProps) {
  const {
    workspaceId,
    cycleId,
    competency,
    stakeholders,
    k,
    firstRound,
    approvalRequired,
    emailCanBeSent,
    defaultLanguage,
    fetcher,
  } = props;
  const listed = stakeholders.map((stakeholder) => stakeholder.id);
  const { selected, choose, tooFew, enough } = usePeopleToAsk(k, () => (firstRound ? listed : []));
  useChooseNewcomers(listed, selected, choose);
  const formId = useId();
  const [startOpen] = useState(stakeholders.length < k);
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data?.intent === cycleIntents.openRound ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, tooFew ?? (result?.ok === false ? result : undefined));
  const chosenGroups = stakeholders
    .filter((stakeholder) => selected.has(stakeholder.id))
    .map((stakeholder) => stakeholder.relationshipGroup);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!enough()) return;
    const values = new FormData(event.currentTarget);
    fetcher.submit(
      {
        intent: cycleIntents.openRound,
        intro: String(values.get('intro') ?? ''),
        closesOn: String(values.get('closesOn') ?? ''),
        language: languageOf(values),
        stakeholderIds: [...selected],
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  const manageLink = (
    <Link to={withReturnPath(stakeholdersPath(workspaceId), cyclePath(cycleId))}>
      Manage your stakeholders
    </Link>
  );
  return (
    <>
      <form id={formId} noValidate ref={form} className="form" onSubmit={submit}>
        <FormAlert message={errors.formError} />
        <TextAreaField
          label="Your message to them"
          name="intro"
          rows={4}
          defaultValue={defaultIntro(competency)}
          hint="It opens their invitation and the answer form. Feedforward adds how to answer and its promise of anonymity."
          error={errors.fieldErrors.intro}
        />
        <ClosingDateField error={errors.fieldErrors.closesOn} />
        <RoundLanguageField defaultLanguage={defaultLanguage} error={errors.fieldErrors.language} />
        {stakeholders.length > 0 ? (
          <StakeholderPicker
            stakeholders={stakeholders}
            selected={selected}
            onChange={choose}
            k={k}
            error={tooFew?.message ?? errors.fieldErrors.stakeholderIds}
          />
        ) : null}
      </form>
      {stakeholders.length === 0 ? (
        <p>
          Add five to eight people who see you at work most: people who report to you, peers, your own
          manager. You keep this list for every cycle, and their email is optional.
        </p>
      ) : null}
      {tooFew && stakeholders.length === 0 ? <p className="field-error">{tooFew.message}</p> : null}
      {/* One element throughout, so adding the first people does not rebuild the form being typed in. */}
      <details className="disclosure add-people-disclosure" open={startOpen || undefined}>
        <summary className="disclosure-summary">
          {stakeholders.length === 0 ? 'Add the people you will ask' : 'Add someone else'}
        </summary>
        <AddPeople workspaceId={workspaceId} />
        <p className="muted">{manageLink} to edit or remove people.</p>
      </details>
      <GroupFiguresNote groups={chosenGroups} k={k} />
      {approvalRequired ? (
        <p className="muted">
          An admin of your organization approves the people you ask; no one is invited until then.
        </p>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          form={formId}
          busy={fetcher.state !== 'idle'}
          busyLabel={approvalRequired ? 'Sending the list…' : 'Opening the round…'}
        >
          {approvalRequired
            ? 'Ask an admin to approve this list'
            : emailCanBeSent
              ? 'Open round and send invitations'
              : 'Open round and get the links'}
        </Button>
      </div>
    </>
  );
}

/** Someone added in this step is someone the leader means to ask, so they join the chosen. */
function useChooseNewcomers(
  listed: string[],
  selected: ReadonlySet<string>,
  choose: (next: Set<string>) => void,
) {
  const known = useRef(new Set(listed));
  const key = listed.join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the list changes, named by its ids
  useEffect(() => {
    const newcomers = listed.filter((id) => !known.current.has(id));
    known.current = new Set(listed);
    if (newcomers.length > 0) choose(new Set([...selected, ...newcomers]));
  }, [key]);
}
