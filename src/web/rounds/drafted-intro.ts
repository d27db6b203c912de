import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../shared/i18n/locales';
import { competencyNameIn } from '../framework/default-framework-language';
import { type HandOutKey, handOutText } from './hand-out-text';

/** A first round asks for feedforward; a follow-up asks again, as a pulse or a mini-survey. */
export type IntroKind = 'first' | 'pulse' | 'mini_survey';

const introKeys = {
  first: 'intro.first',
  pulse: 'intro.pulse',
  mini_survey: 'intro.miniSurvey',
} as const satisfies Record<IntroKind, HandOutKey>;

type Named = { key: string; name: string };

/**
 * The message a round opens with, drafted in the round's language, as its invitation and answer page
 * are: stakeholders read it, whatever language the leader's screens are in. English names the
 * capability in lower case inside the sentence; the others quote it as it is.
 */
export async function draftIntro(kind: IntroKind, competency: Named, language: Locale): Promise<string> {
  const name = await competencyNameIn(competency, language);
  return handOutText(language)(introKeys[kind], {
    capability: language === 'en' ? name.toLowerCase() : name,
  });
}

/**
 * The round's message as the form holds it: redrafted when the kind or the language changes, until
 * the leader writes their own, which is then kept as written.
 */
export function useDraftedIntro(kind: IntroKind, competency: Named, language: Locale) {
  const [intro, setIntro] = useState('');
  const lastDraft = useRef('');
  const { key, name } = competency;
  useEffect(() => {
    let current = true;
    draftIntro(kind, { key, name }, language).then((draft) => {
      if (!current) return;
      const previous = lastDraft.current;
      lastDraft.current = draft;
      setIntro((shown) => (shown === previous ? draft : shown));
    });
    return () => {
      current = false;
    };
  }, [kind, key, name, language]);
  return [intro, setIntro] as const;
}
