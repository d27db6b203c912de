import { useRef, useState } from 'react';
import { type FetcherWithComponents, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import type { Competency } from '../../shared/framework';
import type { Locale } from '../../shared/i18n/locales';
import type { Stakeholder } from '../../shared/stakeholders';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextAreaField } from '../components/form-field';
import { type CycleActionResult, cycleIntents } from '../cycles/cycle-actions';
import { StakeholderPicker, usePeopleToAsk } from '../cycles/stakeholder-picker';
import { errorsOf } from '../forms';
import { ClosingDateField } from '../rounds/closing-date-field';
import { useDraftedIntro } from '../rounds/drafted-intro';
import { languageOf, RoundLanguageField } from '../rounds/round-language-field';
import { useFollowUpText } from './follow-up-text';

export type FollowUpKind = 'pulse' | 'mini_survey';

type FollowUpRoundFormProps = {
  competency: Competency;
  stakeholders: Stakeholder[];
  /** Whom the latest round asked: chosen already, as follow-up asks the same people. */
  suggested: string[];
  k: number;
  activeCommitments: number;
  initialKind: FollowUpKind;
  defaultLanguage: Locale;
  fetcher: FetcherWithComponents<CycleActionResult>;
};

/** Follow-up: the same people, asked again, either as a short pulse check-in or as a mini-survey. */
export function FollowUpRoundForm(props: FollowUpRoundFormProps) {
  const { competency, stakeholders, suggested, k, activeCommitments, initialKind, defaultLanguage, fetcher } =
    props;
  const t = useFollowUpText();
  const known = new Set(stakeholders.map((stakeholder) => stakeholder.id));
  const {
    selected,
    choose: choosePeople,
    tooFew,
    enough,
  } = usePeopleToAsk(k, () => suggested.filter((id) => known.has(id)));
  const [kind, setKind] = useState<FollowUpKind>(initialKind);
  const [language, setLanguage] = useState(defaultLanguage);
  // The message follows the kind and the language until the leader has written their own.
  const [intro, setIntro] = useDraftedIntro(kind, competency, language);
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data?.intent === cycleIntents.openRound ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, tooFew ?? (result?.ok === false ? result : undefined));
  const canSurvey = activeCommitments > 0;
  const leaderName =
    (useRouteLoaderData('app') as { user?: CurrentUser } | undefined)?.user?.name ?? t('form.you');

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!enough()) return;
    const values = new FormData(event.currentTarget);
    fetcher.submit(
      {
        intent: cycleIntents.openRound,
        kind,
        intro,
        closesOn: String(values.get('closesOn') ?? ''),
        language: languageOf(values),
        stakeholderIds: [...selected],
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <form noValidate ref={form} className="form" onSubmit={submit} aria-label={t('form.label')}>
      <FormAlert message={errors.formError} />
      <fieldset className="choice-fieldset">
        <legend className="choice-legend">{t('form.whatToAsk')}</legend>
        <div className="follow-up-kinds">
          <label className="follow-up-kind">
            <input
              type="radio"
              name="kind"
              value="pulse"
              checked={kind === 'pulse'}
              onChange={() => setKind('pulse')}
            />
            <span>
              <strong>{t('form.pulse')}</strong>
              <span className="follow-up-kind-text">{t('form.pulseText')}</span>
            </span>
          </label>
          <label className={canSurvey ? 'follow-up-kind' : 'follow-up-kind is-disabled'}>
            <input
              type="radio"
              name="kind"
              value="mini_survey"
              checked={kind === 'mini_survey'}
              disabled={!canSurvey}
              aria-describedby="mini-survey-explained"
              onChange={() => setKind('mini_survey')}
            />
            <span>
              <strong>{t('form.miniSurvey')}</strong>
              <span className="follow-up-kind-text" id="mini-survey-explained">
                {canSurvey
                  ? t('form.miniSurveyText', { count: activeCommitments, leader: leaderName })
                  : t('form.miniSurveyNeedsPlan')}
              </span>
            </span>
          </label>
        </div>
      </fieldset>
      <TextAreaField
        label={t('form.message')}
        name="intro"
        rows={4}
        value={intro}
        onChange={(event) => setIntro(event.target.value)}
        hint={t('form.messageHint')}
        error={errors.fieldErrors.intro}
      />
      <ClosingDateField hint={t('form.closingHint')} error={errors.fieldErrors.closesOn} />
      <RoundLanguageField
        defaultLanguage={defaultLanguage}
        error={errors.fieldErrors.language}
        onChange={setLanguage}
      />
      <StakeholderPicker
        stakeholders={stakeholders}
        selected={selected}
        onChange={choosePeople}
        k={k}
        error={tooFew?.message ?? errors.fieldErrors.stakeholderIds}
      />
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('form.opening')}>
          {kind === 'pulse' ? t('form.openPulse') : t('form.openMiniSurvey')}
        </Button>
      </div>
    </form>
  );
}
