// i18n: not yet translated
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
import { languageOf, RoundLanguageField } from '../rounds/round-language-field';

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

const introOf = (kind: FollowUpKind, competency: Competency) =>
  kind === 'pulse'
    ? `A month ago you helped me choose what to work on: ${competency.name.toLowerCase()}. ` +
      'Two quick questions: what progress have you seen, and what should I do next? Thank you for helping me.'
    : `I have been practicing a few behaviors to get better at ${competency.name.toLowerCase()}. ` +
      'Have you seen me become more or less effective? Three short questions per behavior, about two minutes.';

/** Follow-up: the same people, asked again, either as a short pulse check-in or as a mini-survey. */
export function FollowUpRoundForm(props: FollowUpRoundFormProps) {
  const { competency, stakeholders, suggested, k, activeCommitments, initialKind, defaultLanguage, fetcher } =
    props;
  const known = new Set(stakeholders.map((stakeholder) => stakeholder.id));
  const {
    selected,
    choose: choosePeople,
    tooFew,
    enough,
  } = usePeopleToAsk(k, () => suggested.filter((id) => known.has(id)));
  const [kind, setKind] = useState<FollowUpKind>(initialKind);
  const [intro, setIntro] = useState(() => introOf(initialKind, competency));
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data?.intent === cycleIntents.openRound ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, tooFew ?? (result?.ok === false ? result : undefined));
  const canSurvey = activeCommitments > 0;
  const leaderName = (useRouteLoaderData('app') as { user?: CurrentUser } | undefined)?.user?.name ?? 'you';

  function choose(next: FollowUpKind) {
    // The message follows the kind until the leader has written their own.
    if (intro === introOf(kind, competency)) setIntro(introOf(next, competency));
    setKind(next);
  }

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
    <form noValidate ref={form} className="form" onSubmit={submit} aria-label="Ask the same people again">
      <FormAlert message={errors.formError} />
      <fieldset className="choice-fieldset">
        <legend className="choice-legend">What to ask</legend>
        <div className="follow-up-kinds">
          <label className="follow-up-kind">
            <input
              type="radio"
              name="kind"
              value="pulse"
              checked={kind === 'pulse'}
              onChange={() => choose('pulse')}
            />
            <span>
              <strong>Pulse check-in</strong>
              <span className="follow-up-kind-text">
                Two open questions: what progress have you seen, and what should I do next?
              </span>
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
              onChange={() => choose('mini_survey')}
            />
            <span>
              <strong>Mini-survey</strong>
              <span className="follow-up-kind-text" id="mini-survey-explained">
                {canSurvey
                  ? `For each of your ${activeCommitments} active behaviors: “Has ${leaderName} become more or less effective at this?” from −3 to +3 (0 = no change; “not enough contact to judge” is allowed), how often you followed up about it, and one idea for what to do next. A mean above +1 is the mark of real progress.`
                  : 'Asks about the behaviors you practice, so it needs at least one active commitment. Make your plan first.'}
              </span>
            </span>
          </label>
        </div>
      </fieldset>
      <TextAreaField
        label="Your message to them"
        name="intro"
        rows={4}
        value={intro}
        onChange={(event) => setIntro(event.target.value)}
        hint="It opens their invitation and the answer form."
        error={errors.fieldErrors.intro}
      />
      <ClosingDateField
        hint="Answers are taken until the end of this day. A week works well."
        error={errors.fieldErrors.closesOn}
      />
      <RoundLanguageField defaultLanguage={defaultLanguage} error={errors.fieldErrors.language} />
      <StakeholderPicker
        stakeholders={stakeholders}
        selected={selected}
        onChange={choosePeople}
        k={k}
        error={tooFew?.message ?? errors.fieldErrors.stakeholderIds}
      />
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Opening the round…">
          {kind === 'pulse' ? 'Open pulse check-in' : 'Open mini-survey'}
        </Button>
      </div>
    </form>
  );
}
