import type { AnalyzedSentence, AnalyzedToken } from '../text';

/**
 * What makes a suggestion read as looking back or as judging the person. Each detector
 * returns where in the sentence it found the sign, so a rewrite can start from there.
 */
export type Signal = { sentence: AnalyzedSentence; at: number; cue: string };

const wordsOf = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

// Words that judge a person or their work whatever the sentence around them says.
const judgingWords = wordsOf(`
  terrible awful horrible lazy micromanager incompetent useless clueless arrogant rude
  condescending patronizing pathetic stupid ridiculous unprofessional disrespectful toxic
  hopeless joke waste lousy inept bully bossy selfish sloppy careless disorganized chaotic dismissive
  idiot idiotic lame spineless`);
// Words that judge only when said of the person: "you are bad at…", "your plan is weak".
const judgingWhenSaidOfYou = wordsOf(
  'bad worst poor weak annoying mess unreliable defensive slow negative boring',
);

const pastTimeUnits = wordsOf(`
  week month sprint quarter year time night morning friday monday tuesday wednesday thursday
  meeting retro retrospective review standup release planning oneonone demo offsite session call`);
const habitualAfterYou = wordsOf('never always constantly keep continually');
const presentForms = wordsOf("are am is 're 'm has have does do 's");
const adverbsBetween = wordsOf(
  'just really completely totally also then even still often again basically clearly',
);
// Phrases that ask for something from now on; a suggestion with one of them is already
// future-focused, even when it mentions what happened as context.
const futureOpeners = [
  'next time',
  'in the future',
  'in future',
  'going forward',
  'moving forward',
  'from now on',
  'could you',
  'would you',
  'can you',
  'will you',
  'please',
  'i would suggest',
  'i suggest',
  'i would love',
  'i would like',
  'it would help',
  'it would be',
  'try',
  'consider',
  'maybe',
  'how about',
  'what if',
  "let 's",
];

export function judgmentSignal(sentences: readonly AnalyzedSentence[]): Signal | null {
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as AnalyzedToken;
      if (judgingWords.has(token.lemma) || judgingWords.has(token.normal)) {
        return { sentence, at, cue: token.normal };
      }
      if (
        judgingWhenSaidOfYou.has(token.lemma) &&
        (isSaidOfYou(tokens, at) || tokens[at + 1]?.normal === 'at')
      ) {
        return { sentence, at, cue: token.normal };
      }
    }
  }
  return null;
}

export function backwardSignal(sentences: readonly AnalyzedSentence[]): Signal | null {
  const all = sentences.flatMap((sentence) => sentence.tokens);
  if (hasFutureRequest(all)) return null;
  for (const sentence of sentences) {
    const found =
      counterfactualAt(sentence.tokens) ??
      habitualAt(sentence.tokens) ??
      youPastAt(sentence.tokens) ??
      whyDidYouAt(sentence.tokens) ??
      pastTimeAt(sentence.tokens);
    if (found) return { sentence, ...found };
  }
  return null;
}

export function hasFutureRequest(tokens: readonly AnalyzedToken[]): boolean {
  const text = ` ${tokens.map((token) => token.normal).join(' ')} `;
  return futureOpeners.some((phrase) => text.includes(` ${phrase} `));
}

type Found = { at: number; cue: string };

/** "you should have asked", "you could've told us", "I wish you had said" */
function counterfactualAt(tokens: readonly AnalyzedToken[]): Found | null {
  const at = tokens.findIndex(
    (token, index) =>
      ['should', 'could', 'would'].includes(token.normal) &&
      tokens[index + 1]?.lemma === 'have' &&
      tokens[index + 2]?.pos === 'VERB',
  );
  if (at >= 0 && isYouBefore(tokens, at)) return { at, cue: 'should-have' };
  // Reported with the same two-word gap as "should have", so one rewrite serves both.
  const you = tokens.findIndex(
    (token, index) =>
      token.normal === 'you' && tokens[index + 1]?.normal === 'had' && tokens[index + 2]?.pos === 'VERB',
  );
  return you >= 0 ? { at: you, cue: 'should-have' } : null;
}

/** "you never share", "you always change", "every time you…" */
function habitualAt(tokens: readonly AnalyzedToken[]): Found | null {
  for (let at = 1; at < tokens.length; at++) {
    const token = tokens[at] as AnalyzedToken;
    if (habitualAfterYou.has(token.lemma) && tokens[at - 1]?.normal === 'you')
      return { at, cue: token.lemma };
    if (token.normal === 'you' && tokens[at - 1]?.normal === 'time' && tokens[at - 2]?.normal === 'every') {
      return { at, cue: 'every-time' };
    }
  }
  return null;
}

/** "you interrupted", "you didn't tell", "you were late" — but not "if you shared". */
function youPastAt(tokens: readonly AnalyzedToken[]): Found | null {
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at]?.normal !== 'you') continue;
    if (tokens.slice(0, at).some((token) => token.normal === 'if' || token.normal === 'wish')) continue;
    let verbAt = at + 1;
    while (tokens[verbAt] && adverbsBetween.has(tokens[verbAt]?.normal ?? '')) verbAt++;
    const verb = tokens[verbAt];
    if (verb && isPastForm(verb)) return { at: verbAt, cue: verb.lemma === 'do' ? 'did' : verb.lemma };
  }
  return null;
}

function whyDidYouAt(tokens: readonly AnalyzedToken[]): Found | null {
  const at = tokens.findIndex((token, index) => token.normal === 'why' && tokens[index + 1]?.lemma === 'do');
  return at >= 0 && tokens[at + 1]?.normal !== 'do' ? { at, cue: 'why-did' } : null;
}

/** "last week", "yesterday", "two days ago", "in the last retro" */
function pastTimeAt(tokens: readonly AnalyzedToken[]): Found | null {
  const at = tokens.findIndex((token, index) => {
    if (token.normal === 'yesterday' || token.normal === 'ago') return true;
    const next = tokens[index + 1];
    return token.normal === 'last' && next !== undefined && pastTimeUnits.has(next.lemma);
  });
  return at >= 0 ? { at, cue: 'past-time' } : null;
}

function isPastForm(token: AnalyzedToken): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  if (presentForms.has(token.normal) || token.normal === token.lemma) return false;
  // "was" is the one past form ending in -s; other -s and -ing forms are present.
  return token.normal === 'was' || !/(?:s|ing)$/.test(token.normal);
}

function isYouBefore(tokens: readonly AnalyzedToken[], at: number): boolean {
  return tokens.slice(Math.max(0, at - 3), at).some((token) => token.normal === 'you');
}

/** "you are so X", "you're X", "your communication is X" */
function isSaidOfYou(tokens: readonly AnalyzedToken[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 5), at);
  const be = before.findIndex((token) => token.lemma === 'be');
  return be >= 0 && before.slice(0, be).some((token) => token.normal === 'you' || token.normal === 'your');
}
