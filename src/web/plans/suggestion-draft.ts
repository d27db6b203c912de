// "Start from this": a suggestion someone wrote to the leader ("In the future, could you summarize
// what you heard before you reply?") becomes a first draft of the leader's own behavior ("When …",
// "I will summarize what I heard before I reply"). Only a draft: the leader still makes it theirs,
// and the quality check still has its say.

export type SuggestionDraft = { situation: string; action: string };

// Openings that wrap the idea without being part of it, tried repeatedly ("Maybe in the future you
// could …"). Order matters only within one pass.
const wrappers = [
  /^(in (the )?future|going forward|from now on|next time|moving forward)\b[,:]?\s*/i,
  /^(maybe|perhaps|please|ideally|honestly|personally|also|and|so)\b[,:]?\s*/i,
  /^(i think|i feel|i believe|i'd suggest|i would suggest|i suggest|my suggestion is|my idea is)\b( that)?[,:]?\s*/i,
  /^(i'?d|i would|we'?d|we would) (like|love|appreciate it if|prefer)( it if)?( (you|it))?( to)?\s*/i,
  /^it would (help|be (great|good|nice|helpful)) (if|when) you( could| would)?\s*/i,
  /^(could|would|can|will) you( please)?( try to)?\s*/i,
  /^you (could|should|might|can|may|need to|have to|ought to)( (try|start) to)?( please)?\s*/i,
  /^(try|start|remember|make sure|keep trying) to\s*/i,
  /^to\s+/i,
];

function withoutWrappers(text: string): string {
  let current = text;
  for (let pass = 0; pass < 6; pass++) {
    const before = current;
    for (const wrapper of wrappers) current = current.replace(wrapper, '');
    if (current === before) break;
  }
  return current;
}

// After one of these, "you" is the one acted on ("tell you", "with you") and becomes "me".
const beforeObjectYou = new Set(
  'to with for at about from of by on tell ask help give show let thank contact reach see hear meet join include trust'.split(
    ' ',
  ),
);

// The writer spoke to the leader ("you") about themselves ("me", "us"); in the leader's own sentence
// "you" is the leader and the writer is one of the people around them.
const swaps: Record<string, string> = {
  "you're": "I'm",
  "you've": "I've",
  "you'll": "I'll",
  "you'd": "I'd",
  yourself: 'myself',
  yours: 'mine',
  your: 'my',
  "i'm": "they're",
  "i've": "they've",
  "i'll": "they'll",
  "i'd": "they'd",
  i: 'they',
  me: 'them',
  my: 'their',
  mine: 'theirs',
  myself: 'themselves',
  us: 'them',
};

const pronoun =
  /(^|[^\p{L}'’])(you['’]re|you['’]ve|you['’]ll|you['’]d|yourself|yours|your|you|i['’]m|i['’]ve|i['’]ll|i['’]d|myself|mine|my|me|us|i)(?![\p{L}'’])/giu;

/** Every pronoun swapped in one pass, so a swapped word is never swapped back. */
export function inLeaderVoice(text: string): string {
  return text
    .replace(pronoun, (_match, before: string, word: string, offset: number) => {
      const lower = word.toLowerCase().replace(/’/g, "'");
      if (lower !== 'you') return `${before}${swaps[lower] ?? word}`;
      const previous =
        /([\p{L}']+)\W*$/u.exec(text.slice(0, offset + before.length))?.[1]?.toLowerCase() ?? '';
      return `${before}${beforeObjectYou.has(previous) ? 'me' : 'I'}`;
    })
    .replace(/\bI (are|were)\b/g, (_match, verb: string) => `I ${verb === 'are' ? 'am' : 'was'}`)
    .replace(/\bthey am\b/g, 'they are')
    .replace(/\bthey was\b/g, 'they were');
}

const firstSentence = (text: string) => (/^(.+?[.!?])(\s|$)/s.exec(text)?.[1] ?? text).trim();
const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?;:,]+$/, '')
    .trim();
const lowerFirst = (text: string) =>
  /^(I\b|[A-Z][A-Z0-9])/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The first sentence of the suggestion, without its polite wrapping, in the leader's voice. A
 * "When …, …" opening or a trailing "… when …" becomes the situation; otherwise the situation is
 * left for the leader, who knows the moment best.
 */
export function draftFromSuggestion(suggestion: string): SuggestionDraft {
  const sentence = lowerFirst(tidy(withoutWrappers(tidy(firstSentence(suggestion.trim())))));
  const leading = /^(?:when|whenever|if)\s+(.+?),\s*(.+)$/i.exec(sentence);
  const trailing = /^(.+?),?\s+(?:when|whenever)\s+(.+)$/i.exec(sentence);
  const [situation, action] = leading
    ? [leading[1] ?? '', withoutWrappers(leading[2] ?? '')]
    : trailing
      ? [trailing[2] ?? '', trailing[1] ?? '']
      : ['', sentence];
  return { situation: inLeaderVoice(tidy(situation)), action: lowerFirst(inLeaderVoice(tidy(action))) };
}
