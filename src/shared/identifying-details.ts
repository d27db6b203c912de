/**
 * Finds details in a stakeholder's comment that could tell the leader who wrote it ("as the only
 * designer", "when I covered your on-call in March", a signature), and offers a version without
 * them. Runs in the browser on the person's own request, so the text is checked without being sent
 * anywhere: plain patterns, no language model, small enough for the answer page.
 */

export type IdentifyingDetailKind = 'role' | 'shared-moment' | 'personal-life' | 'tenure-or-place' | 'name';

export type IdentifyingDetail = { kind: IdentifyingDetailKind; text: string; start: number; end: number };

export type IdentifyingCheck = {
  details: IdentifyingDetail[];
  /** The comment with the clauses holding those details left out; null when that leaves too little. */
  withoutDetails: string | null;
};

const firstPerson = /\b(?:i|me|my|mine|myself)\b|\bi['\u2019](?:m|ve|d|ll)\b/i;
// A role told as an opening ("as the only designer I …") ends where the writer starts speaking.
const upToSpeaker = '(?:(?!\\s+i\\b)[^,.;!?\\n])*';
// "As the team lead, you should …" speaks of the leader; the writer's own role is followed by "I".
const writerSpeaks = "(?=\\s*,?\\s*(?:i\\b|i['\u2019]m\\b|my\\b|me\\b))";
const pastAction =
  /\bI\s+(?:was|had|did|took|led|ran|wrote|built|made|gave|told|sent|spent|stood|stepped|filled|came|went|flew|brought|found|got|left|set up|[a-z]+ed)\b/i;
const month =
  '(?:January|February|March|April|June|July|August|September|October|November|December|May(?=\\s+\\d))';
const specificTime = new RegExp(
  `\\b(?:${month}|(?:january|february|march|april|june|july|august|september|october|november|december)\\b|` +
    '(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b|' +
    'last\\s+(?:week|month|spring|summer|autumn|fall|winter|year|quarter|sprint|release|time)\\b|yesterday\\b|' +
    'in\\s+q[1-4]\\b|\\d{1,2}\\s?(?:am|pm)\\b|\\d{1,2}(?:st|nd|rd|th)\\b|' +
    '(?:during|at)\\s+(?:the|your)\\s+(?:offsite|off-site|outage|incident|vacation|holiday|trip|launch)\\b)',
  'i',
);

/** `first-person`: only when the sentence speaks as "I"; `dated-event`: a past "I …" with a date. */
type Pattern = { kind: IdentifyingDetailKind; pattern: RegExp; only?: 'first-person' | 'dated-event' };

const roles =
  'designer|developer|dev|engineer|tester|qa(?: person)?|pm|product manager|product owner|po|tech lead|team lead|lead|' +
  'manager|skip[- ]level|boss|architect|intern|analyst|scrum master|writer|researcher|data scientist|sre|' +
  'person|one|hire|member|woman|man|contractor|consultant|mentor|buddy|deputy';

const identities =
  'non-native(?: speaker)?|native speaker|mother|mom|mum|father|dad|parent|immigrant|introvert|part-timer|' +
  'new joiner|newcomer|remote worker|person of colou?r|wheelchair user';

const patterns: readonly Pattern[] = [
  // "as the only designer", "being the newest hire", "as your product manager"
  {
    kind: 'role',
    pattern: new RegExp(
      `\\b(?:as\\s+(?:the|your)|being\\s+(?:the|your|a|an))\\s+(?:only|sole|lone|newest|new|first|last|oldest|most senior|most junior|longest[- ]serving)\\b${upToSpeaker}`,
      'gi',
    ),
  },
  {
    kind: 'role',
    pattern: new RegExp(
      `\\b(?:as|being)\\s+(?:the|your|a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:${roles}|${identities})\\b${upToSpeaker}${writerSpeaks}`,
      'gi',
    ),
  },
  // "I'm your only designer", "im the PM for checkout", "I am a contractor"
  {
    kind: 'role',
    pattern: new RegExp(
      `\\bi(?:['\u2019]?m|\\s+am)\\s+(?:the|your|a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:${roles}|${identities})\\b[^,.;!?\\n]*`,
      'gi',
    ),
  },
  // "I'm the only one working from Lisbon", "I was the one who stayed"
  {
    kind: 'role',
    pattern:
      /\bI(?:['\u2019]m|\s+am|\s+was)\s+(?:the\s+)?(?:only|sole|one|first|last|newest|oldest|longest[- ]serving)\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'shared-moment',
    pattern:
      /\b(?:our|my)\s+(?:last\s+)?(?:1:1s?|1on1s?|1-on-1s?|one[- ]on[- ]ones?|121|private (?:chat|conversation|call|meeting)|dms?|performance review|review|appraisal|promotion(?: case)?|raise|salary|interview|probation|onboarding|exit interview)\b/gi,
  },
  {
    kind: 'shared-moment',
    pattern: /\bwhen you (?:hired|interviewed|promoted|onboarded|recruited|transferred) me\b/gi,
  },
  {
    kind: 'shared-moment',
    pattern:
      /\bI\s+(?:covered|took over|stood in|stepped in|filled in|substituted|presented|ran|led|organi[sz]ed)\b[^,.;!?\n]*\b(?:you|your)\b[^,.;!?\n]*/gi,
  },
  // A first-person past event with a date: "I asked you for a raise in February".
  { kind: 'shared-moment', pattern: /\bI\s+[^,.;!?\n]*/g, only: 'dated-event' },
  // "You promised me the lead role": an exchange between the two of them.
  {
    kind: 'shared-moment',
    pattern:
      /\byou\s+(?:told|promised|offered|denied|refused|gave|asked|moved|cancell?ed|skipped|forgot)\s+me\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'shared-moment',
    pattern:
      /\b(?:when|after|while)\s+we\s+(?:paired|travell?ed|flew|drove|had (?:lunch|dinner|coffee)|met one|sat down)\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'shared-moment',
    pattern: /\bI\s+sit\s+(?:right\s+)?(?:next to|beside|near|across from|opposite)\s+you\b/gi,
  },
  // Own work others can name: "my RFC for the caching layer", "the design doc I wrote".
  {
    kind: 'role',
    pattern:
      /\bmy\s+(?:rfc|proposal|design doc|design|talk|presentation|project|pr|pull request|demo|prototype|spike|research|ticket|feature)\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'role',
    pattern:
      /\b(?:nobody|no one|no-one)\s+else\b[^,.;!?\n]*\b(?:but|except|apart from|besides)\s+me\b|\bthe\s+only\s+(?:one|person)\s+(?:who|that|on|in)\b[^,.;!?\n]*/gi,
    only: 'first-person',
  },
  {
    kind: 'tenure-or-place',
    pattern:
      /\bI(?:['\u2019]m|\s+am)\s+(?:on|in|from|part of)\s+the\s+(?:[a-z-]+\s+){1,2}?(?:team|squad|office|shift|tribe|guild|crew|site)\b/gi,
  },
  {
    kind: 'tenure-or-place',
    pattern:
      /\bI\s+(?:work|am working|['\u2019]m working)\s+(?:part[- ]time|nights|night shifts?|the night shift|(?:four|4) days|weekends)\b|\bmy\s+(?:part[- ]time|4-day|four-day|time ?zone)\b/gi,
  },
  {
    kind: 'personal-life',
    pattern: /\bmy\s+(?:vacation|holiday|leave|time off|birthday|anniversary|trip|sabbatical)\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'personal-life',
    pattern:
      /\bmy\s+(?:wife|husband|partner|kids?|kids['\u2019]|children|son|daughter|baby|pregnancy|parents?|mother|father|mom|mum|dad|health|illness|condition|diagnosis|surgery|operation|divorce|wedding|disability|therapy|therapist|visa|commute|religion)\b/gi,
  },
  {
    kind: 'personal-life',
    pattern:
      /\b(?:(?:since|after|before|when)\s+(?:I|my)\s+(?:came back|returned|return)|(?:parental|maternity|paternity|sick|medical|bereavement|sabbatical)\s+leave)\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'personal-life',
    pattern:
      /\bI(?:['\u2019]m|\s+am|\s+was)\s+(?:pregnant|sick|ill|in hospital|disabled|deaf|dyslexic|a single parent)\b/gi,
  },
  {
    kind: 'tenure-or-place',
    pattern:
      /\bI(?:['\u2019]ve|\s+have)\s+been\s+(?:here|on (?:this|the) team|with (?:the|this) company|at (?:the|this) company)\s+(?:for\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|over|almost|nearly|more than)\b[^,.;!?\n]*/gi,
  },
  {
    kind: 'tenure-or-place',
    pattern:
      /\b(?:since|when|after)\s+I\s+(?:joined|started|arrived|moved|transferred|switched)\b[^,.;!?\n]*/gi,
  },
  { kind: 'tenure-or-place', pattern: /\bmy\s+first\s+(?:days?|weeks?|months?|year|sprint)\b/gi },
  {
    kind: 'tenure-or-place',
    pattern:
      /\b(?:I(?:['\u2019]m|\s+am)|I\s+work|working)\s+(?:from|in|based in|out of)\s+(?:the\s+)?[A-Z][a-z]+/g,
    only: 'first-person',
  },
  { kind: 'name', pattern: /\b(?:[Mm]y name is|[Tt]his is)\s+[A-Z][a-z]+\b/g },
];

// "Cheers, Marco" or "- Priya" at the very end.
const signOff =
  /(?:^|[\n.!?]\s*)((?:[-\u2013\u2014~/]+\s*|(?:thanks|thank you|cheers|best|regards|kind regards|best regards|br)[,!.]?\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?)?)\s*[.!]?\s*)$/i;

const sentenceOf = (text: string, at: number) => {
  const start = Math.max(...['.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((mark) => text.indexOf(mark, at)).filter((index) => index >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
};

/** `leaderName` is left alone: "Thanks, Ada" addresses the leader, it does not sign the comment. */
export function findIdentifyingDetails(text: string, leaderName = ''): IdentifyingCheck {
  const details: IdentifyingDetail[] = [];
  const add = (kind: IdentifyingDetailKind, start: number, matched: string) => {
    const trimmed = matched.trimEnd();
    const end = start + trimmed.length;
    if (details.some((detail) => start < detail.end && end > detail.start)) return;
    details.push({ kind, text: trimmed, start, end });
  };
  for (const { kind, pattern, only } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const sentence = sentenceOf(text, match.index);
      if (only === 'dated-event' && !(pastAction.test(match[0]) && specificTime.test(sentence))) continue;
      if (only === 'first-person' && !firstPerson.test(sentence)) continue;
      add(kind, match.index, match[0]);
    }
  }
  const signed = signOff.exec(text);
  const name = signed?.[2];
  const leaderFirstName = leaderName.trim().split(/\s+/)[0]?.toLowerCase();
  if (signed?.[1] && name && name.toLowerCase() !== leaderFirstName) {
    add('name', text.length - signed[1].length, signed[1]);
  }
  details.sort((a, b) => a.start - b.start);
  return { details, withoutDetails: details.length > 0 ? withoutDetails(text, details) : null };
}

/**
 * Leaves out each clause (between commas, semicolons or sentence ends) that holds a detail. A
 * comment that is nothing but such clauses gets no suggested version: it needs rewording, not
 * cutting.
 */
function withoutDetails(original: string, details: readonly IdentifyingDetail[]): string | null {
  // A role told as an opening is cut by itself: "As the only designer I think …" → "I think …".
  let text = original;
  const clauseDetails: IdentifyingDetail[] = [];
  for (const detail of [...details].reverse()) {
    if (detail.kind === 'role' && /^(?:as|being)\b/i.test(detail.text)) {
      text = text.slice(0, detail.start) + text.slice(detail.end).replace(/^\s*,?\s*/, '');
    } else clauseDetails.unshift(detail);
  }
  const pieces = text.split(/(?<=[,;.!?\n])/);
  let offset = 0;
  const kept: string[] = [];
  for (const piece of pieces) {
    const start = offset;
    offset += piece.length;
    const holdsDetail = clauseDetails.some((detail) => detail.start < offset && detail.end > start);
    if (!holdsDetail) kept.push(piece);
  }
  const joined = kept
    .join('')
    .replace(/^[\s,;]+/, '')
    .replace(/\s*([,;])\s*(?=[.!?]|$)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/(^|[.!?]\s+)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
  const words = joined.split(/\s+/).filter((word) => /[a-z]/i.test(word));
  return words.length >= 3 ? joined : null;
}
