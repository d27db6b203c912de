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
import { richText } from '../i18n/rich-text';
import { withReturnPath } from '../return-path';
import { ClosingDateField } from '../rounds/closing-date-field';
import { useDraftedIntro } from '../rounds/drafted-intro';
import { languageOf, RoundLanguageField } from '../rounds/round-language-field';
import { AddPeople } from './add-people';
import { type CycleActionResult, cycleIntents } from './cycle-actions';
import { cyclePath, stakeholdersPath } from './cycle-data';
import { useCyclesText } from './cycles-text';
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
  const t = useCyclesText();
  const [language, setLanguage] = useState(defaultLanguage);
  const [intro, setIntro] = useDraftedIntro('first', competency, language);
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
        intro,
        closesOn: String(values.get('closesOn') ?? ''),
        language: languageOf(values),
        stakeholderIds: [...selected],
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <>
      <form id={formId} noValidate ref={form} className="form" onSubmit={submit}>
        <FormAlert message={errors.formError} />
        <TextAreaField
          label={t('openRound.message')}
          name="intro"
          rows={4}
          value={intro}
          onChange={(event) => setIntro(event.target.value)}
          hint={t('openRound.messageHint')}
          error={errors.fieldErrors.intro}
        />
        <ClosingDateField error={errors.fieldErrors.closesOn} />
        <RoundLanguageField
          defaultLanguage={defaultLanguage}
          error={errors.fieldErrors.language}
          onChange={setLanguage}
        />
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
      {stakeholders.length === 0 ? <p>{t('openRound.addFirst')}</p> : null}
      {tooFew && stakeholders.length === 0 ? <p className="field-error">{tooFew.message}</p> : null}
      {/* One element throughout, so adding the first people does not rebuild the form being typed in. */}
      <details className="disclosure add-people-disclosure" open={startOpen || undefined}>
        <summary className="disclosure-summary">
          {stakeholders.length === 0 ? t('openRound.addPeople') : t('openRound.addSomeone')}
        </summary>
        <AddPeople workspaceId={workspaceId} />
        <p className="muted">
          {richText(t('openRound.manage'), {
            manage: (chunk) => (
              <Link to={withReturnPath(stakeholdersPath(workspaceId), cyclePath(cycleId))}>{chunk}</Link>
            ),
          })}
        </p>
      </details>
      <GroupFiguresNote groups={chosenGroups} k={k} />
      {approvalRequired ? <p className="muted">{t('openRound.approvalNeeded')}</p> : null}
      <div className="form-actions">
        <Button
          type="submit"
          form={formId}
          busy={fetcher.state !== 'idle'}
          busyLabel={approvalRequired ? t('openRound.sendingList') : t('openRound.opening')}
        >
          {approvalRequired
            ? t('openRound.askApproval')
            : emailCanBeSent
              ? t('openRound.openAndSend')
              : t('openRound.openAndGetLinks')}
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
