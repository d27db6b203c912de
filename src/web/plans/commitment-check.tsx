// i18n: not yet translated
import { useEffect, useState } from 'react';
import { type CommitmentFlag, commitmentFlagsAnswerSchema } from '../../shared/plans';
import { apiPost } from '../api';
import { Button } from '../components/button';
import { cycleApiPath } from '../cycles/cycle-data';

export type CommitmentDraft = { situation: string; action: string; frequency: string; noticedBy: string };

const debounceMs = 600;

export const flagTitles: Record<CommitmentFlag['kind'], string> = {
  vague: 'Could be more specific',
  unobservable: 'Hard for others to notice',
  'outside-control': 'Not fully in your hands',
  micromanagement: 'Could feel like micromanagement',
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
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list" aria-label="Questions from the quality check">
      {flags.map((flag) => (
        <li key={flag.kind} className="flag">
          <p className="flag-title">{flagTitles[flag.kind]}</p>
          <p>{flag.reason}</p>
          <p className="flag-example">
            <span className="flag-example-label">A better example: </span>
            {flag.betterExample}
          </p>
          {onUse ? (
            <Button variant="secondary" onClick={() => onUse(flag.betterExample)}>
              Use this example
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
  return (
    <div id={id} className="flag-slot" aria-live="polite">
      {flags === null ? null : flags.length === 0 ? (
        <p className="flag-clear">
          <span aria-hidden="true">✓ </span>The quality check has no questions about this one.
        </p>
      ) : (
        <>
          <p className="flag-lead">
            A second look{flags.length > 1 ? `: ${flags.length} questions` : ''} — you can save anyway.
          </p>
          <FlagList flags={flags} onUse={onUse} />
        </>
      )}
    </div>
  );
}
