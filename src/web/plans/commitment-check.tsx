import { useEffect, useState } from 'react';
import { type CommitmentFlag, commitmentFlagsAnswerSchema } from '../../shared/plans';
import { apiPost } from '../api';
import { Button } from '../components/button';
import { cycleApiPath } from '../cycles/cycle-data';
import { type PlansText, usePlansText } from './plans-text';

export type CommitmentDraft = { situation: string; action: string; frequency: string; noticedBy: string };

const debounceMs = 600;

const flagTitles: Record<CommitmentFlag['kind'], PlansText> = {
  vague: 'check.vague',
  unobservable: 'check.unobservable',
  'outside-control': 'check.outsideControl',
  micromanagement: 'check.micromanagement',
};

/**
 * Runs the behavior quality check once the leader pauses typing. The flags stay until the next
 * answer arrives, so they do not flicker while a word is being changed; a failed check shows nothing,
 * as the check is advice and saving never depends on it.
 */
export function useCommitmentCheck(cycleId: string, draft: CommitmentDraft): CommitmentFlag[] | null {
  // null until there is an action worth checking and the check has answered.
  const [flags, setFlags] = useState<CommitmentFlag[] | null>(null);
  const { situation, action, frequency, noticedBy } = draft;
  useEffect(() => {
    if (action.trim().length < 3) {
      setFlags(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const request = new Request(window.location.href, { signal: controller.signal });
      apiPost(
        `${cycleApiPath(cycleId)}/commitments/check`,
        { situation, action, frequency, noticedBy },
        commitmentFlagsAnswerSchema,
        { request },
      )
        .then((result) => setFlags(result.flags))
        .catch(() => undefined);
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [cycleId, situation, action, frequency, noticedBy]);
  return flags;
}

type FlagListProps = { flags: CommitmentFlag[]; onUse?: (example: string) => void };

/** Each flag with why, and a better example in the same "When …, I will …" shape. */
export function FlagList({ flags, onUse }: FlagListProps) {
  const t = usePlansText();
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list" aria-label={t('check.label')}>
      {flags.map((flag) => (
        <li key={flag.kind} className="flag">
          <p className="flag-title">{t(flagTitles[flag.kind])}</p>
          <p>{flag.reason}</p>
          <p className="flag-example">
            <span className="flag-example-label">{t('check.betterExample')}</span>
            {flag.betterExample}
          </p>
          {onUse ? (
            <Button variant="secondary" onClick={() => onUse(flag.betterExample)}>
              {t('check.useExample')}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Always on the page, so flags that appear while typing are announced politely, without moving focus. */
export function FlagRegion({
  id,
  flags,
  onUse,
}: {
  id: string;
  flags: CommitmentFlag[] | null;
  onUse: (example: string) => void;
}) {
  const t = usePlansText();
  return (
    <div id={id} className="flag-slot" aria-live="polite">
      {flags === null ? null : flags.length === 0 ? (
        <p className="flag-clear">
          <span aria-hidden="true">✓ </span>
          {t('check.clear')}
        </p>
      ) : (
        <>
          <p className="flag-lead">
            {flags.length > 1 ? t('check.secondLookCount', { count: flags.length }) : t('check.secondLook')}
          </p>
          <FlagList flags={flags} onUse={onUse} />
        </>
      )}
    </div>
  );
}
