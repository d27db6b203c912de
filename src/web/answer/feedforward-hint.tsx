import { useEffect, useState } from 'react';
import { type FeedforwardHint, type HintAnswer, hintAnswerSchema } from '../../shared/answer-page';
import { apiPost } from '../api';
import { Button } from '../components/button';
import { useAnswerLanguage } from './answer-language';

const debounceMs = 600;
const minimumLength = 12;

/**
 * Asks the feedforward coach about a suggestion once the person pauses typing. A hint is optional
 * help: when it cannot be fetched, the field simply works without one.
 */
export function useFeedforwardHint(text: string): HintAnswer | null {
  const [answer, setAnswer] = useState<({ forText: string } & HintAnswer) | null>(null);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed.length < minimumLength) {
      setAnswer(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const request = new Request(window.location.href, { signal: controller.signal });
      apiPost('/api/answer/hint', { text: trimmed }, hintAnswerSchema, {
        request,
        redirectWhenSignedOut: false,
      })
        .then(({ hint, available }) => setAnswer({ forText: trimmed, hint, available }))
        .catch(() => undefined);
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  // While the person edits the end of what was checked, the hint stays readable; once the beginning
  // changes (a new suggestion, or the offered wording adopted) it no longer applies and goes at once.
  if (!answer || !text.trim().startsWith(answer.forText.slice(0, minimumLength))) return null;
  return { hint: answer.hint, available: answer.available };
}

/** The coach's rewrite comes as `Try: "…"`; only then is there wording to adopt with one press. */
export function rewriteOf(hint: FeedforwardHint): string | null {
  return /^Try: "(.+)"$/s.exec(hint.suggestion)?.[1] ?? null;
}

/**
 * Always on the page, so a hint that appears is announced, politely, without moving focus. Where the
 * coach cannot read the page's language or the text, one sentence says tips are in English only.
 */
export function HintRegion({
  id,
  answer,
  englishOnly,
  onUse,
}: {
  id: string;
  answer: HintAnswer | null;
  englishOnly: boolean;
  onUse: (text: string) => void;
}) {
  const { t } = useAnswerLanguage();
  const hint = answer?.hint ?? null;
  const rewrite = hint ? rewriteOf(hint) : null;
  return (
    <div id={id} className="hint-slot" aria-live="polite">
      {englishOnly ? <p className="muted">{t('hint.englishOnly')}</p> : null}
      {answer?.available === false ? <p className="muted">{t('hint.unavailable')}</p> : null}
      {hint ? (
        <div className="coach-hint">
          <p className="coach-hint-title">{t('hint.title')}</p>
          <p>{hint.message}</p>
          <p className="coach-hint-suggestion">{hint.suggestion}</p>
          {rewrite ? (
            <Button variant="secondary" onClick={() => onUse(rewrite)}>
              {t('hint.use')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
