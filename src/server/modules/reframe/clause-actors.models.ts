import type { AnalyzedToken } from '../text';

/**
 * Who is doing something in each clause of a problem statement, read from the words before
 * the clause's first verb. A dependency parser would do this better; the lite model has
 * none, and a subject before the verb covers how people write about their team.
 */
export type Actor = 'self' | 'shared' | 'others' | 'situation';

export type ClauseActor = {
  actor: Actor;
  /** Names of people in the subject, e.g. ["Tom", "Priya"]. */
  names: string[];
  /** "should", "must", "need to": the statement prescribes what someone else ought to do. */
  prescriptive: boolean;
  /** "never", "always", "keeps": the statement describes a recurring pattern. */
  habitual: boolean;
  /** Opened by "unless", "when", "because"…: background to the main clause. */
  subordinate: boolean;
};

const otherPeople = new Set(
  [
    'they he she them nobody everyone everybody someone somebody anyone anybody people person team',
    'teammate engineer developer dev folk report manager lead member colleague peer junior senior',
    'designer pm qa tester staff employee intern hire boss director stakeholder customer client',
    'architect analyst sre contractor group squad department leadership management guy none others',
  ]
    .join(' ')
    .split(' '),
);
const nominativeOthers = new Set(['they', 'he', 'she']);
const nominativeSelf = new Set(['i']);
const nominativeShared = new Set(['we']);

// Verbs that report a view rather than an action: in "I feel like they never listen" the
// leader is only the narrator, and the clause is about whoever comes after.
const reportingVerbs = new Set(
  'feel think believe guess suppose notice realize sense worry fear hope suspect find wish'.split(' '),
);
// "I need my reports to…": wanting something from others is about them.
const wantingVerbs = new Set(['want', 'need', 'expect', 'wish', 'get', 'make', 'ask']);

const prescriptiveWords = new Set(['should', 'must', 'ought', 'shall']);
const habitualWords = new Set('never always keep again constantly refuse continually still'.split(' '));
const nominalParts = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ']);
// Words that open a subordinate clause; the tagger calls some of them prepositions.
const subordinators = new Set(
  'unless until because when whenever if although though while since before after once as'.split(' '),
);
// Product and tool names that the tagger reads as names of people.
const notPeople = new Set('jira slack github gitlab confluence zoom teams notion linear'.split(' '));

type Clause = { tokens: AnalyzedToken[]; subordinate: boolean };

export function clauseActors(tokens: readonly AnalyzedToken[]): ClauseActor[] {
  return splitClauses(tokens).flatMap((clause) => {
    const found = actorOfClause(clause.tokens);
    return found ? [{ ...found, subordinate: clause.subordinate }] : [];
  });
}

function splitClauses(tokens: readonly AnalyzedToken[]): Clause[] {
  const clauses: Clause[] = [];
  let current: AnalyzedToken[] = [];
  let subordinate = false;
  const hasVerb = () => current.some(isVerb);
  const close = (opensSubordinate = false) => {
    if (current.length > 0) clauses.push({ tokens: current, subordinate });
    current = [];
    subordinate = opensSubordinate;
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (token.kind === 'punctuation' && token.text !== "'") {
      close();
      return;
    }
    if (token.pos === 'SCONJ' || subordinators.has(token.normal)) {
      close(true);
      return;
    }
    // "Tom and Priya argue": a conjunction before any verb joins subjects, not clauses.
    if (token.pos === 'CCONJ' && hasVerb()) {
      close();
      return;
    }
    // "when I'm stressed I snap": a new subject pronoun after a verb starts a clause, unless
    // it follows a noun, as in "the docs I share", where it only describes that noun.
    const startsSubject =
      nominativeSelf.has(token.normal) ||
      nominativeOthers.has(token.normal) ||
      nominativeShared.has(token.normal);
    if (startsSubject && hasVerb() && previous && !['NOUN', 'PRON', 'PROPN'].includes(previous.pos)) close();
    current.push(token);
  });
  close();
  return clauses;
}

type FoundActor = Omit<ClauseActor, 'subordinate'>;

function actorOfClause(clause: readonly AnalyzedToken[]): FoundActor | null {
  const verbIndex = mainVerbIndex(clause);
  if (verbIndex <= 0) return null;
  const subject = clause.slice(0, verbIndex).filter(isNominal);
  const actor = actorOfSubject(subject);
  if (actor === null) return null;
  const rest = clause.slice(verbIndex);
  const verb = clause[verbIndex];

  if (actor === 'self' && verb) {
    if (isHelplessAside(clause)) return null;
    const reported = reportedActor(verb, clause.slice(verbIndex + 1));
    if (reported) return reported;
  }
  return {
    actor,
    names: namesIn(subject),
    prescriptive: rest.some((token) => prescriptiveWords.has(token.lemma)) || isNeedTo(rest),
    habitual: clause.some((token) => habitualWords.has(token.lemma)),
  };
}

function reportedActor(verb: AnalyzedToken, after: AnalyzedToken[]): FoundActor | null {
  const skipped = after.filter((token) => !token.isNegated || token.pos !== 'PART');
  const withoutLinker = skipped.filter(
    (token, index) => !(index === 0 && ['like', 'that', 'as'].includes(token.normal)),
  );
  if (reportingVerbs.has(verb.lemma)) {
    const inner = actorOfClause(withoutLinker);
    if (inner && inner.actor !== 'self') return inner;
  }
  if (wantingVerbs.has(verb.lemma) && withoutLinker[0]?.normal !== 'to') {
    // Only "need them *to* …" or "wish they *would* …" hands the action to them; "ask my team
    // for input" is the leader acting.
    const untilTo = withoutLinker.findIndex((token) => token.normal === 'to' || token.lemma === 'would');
    const object = withoutLinker.slice(0, untilTo);
    const wanted = untilTo > 0 && !object.some(isVerb) ? actorOfSubject(object.filter(isNominal)) : null;
    if (wanted === 'others') {
      return { actor: 'others', names: namesIn(object), prescriptive: true, habitual: false };
    }
  }
  return null;
}

/**
 * The tagger slips on words that are both nouns and verbs: "my tech *lead* makes" reads
 * "lead" as the verb, and "nobody *volunteers*" reads "volunteers" as a noun.
 */
function mainVerbIndex(clause: readonly AnalyzedToken[]): number {
  const index = clause.findIndex((token, at) => {
    const isPersonAfterModifier =
      otherPeople.has(token.lemma) && at > 0 && isNominal(clause[at - 1] as AnalyzedToken);
    return isVerb(token) && !isPersonAfterModifier;
  });
  if (index >= 0) return index;
  const person = clause.findIndex((token) => otherPeople.has(token.lemma) || isPersonName(token));
  const opensClause = person >= 0 && clause.slice(0, person).every(isNominal);
  return opensClause && clause[person + 1]?.kind === 'word' ? person + 1 : -1;
}

/** "Tom and Priya": a known word opening a sentence is still a name when joined to one. */
function namesIn(subject: readonly AnalyzedToken[]): string[] {
  const hasName = subject.some(isPersonName);
  return subject
    .filter(
      (token) => isPersonName(token) || (hasName && token.pos === 'PROPN' && /^[A-Z][a-z]/.test(token.text)),
    )
    .map((token) => token.text);
}

/**
 * "…and I don't know what to do": the leader is at a loss about others, not describing their
 * own part. "I'm not sure how to recognize good work" names a skill, so it still counts.
 */
function isHelplessAside(clause: readonly AnalyzedToken[]): boolean {
  const words = clause.map((token) => token.normal).join(' ');
  return /\b(?:know|sure|idea)\b.*\b(?:what|how) to (?:do|handle|deal|respond|react|approach|proceed)\b/.test(
    words,
  );
}

function actorOfSubject(subject: readonly AnalyzedToken[]): Actor | null {
  if (subject.some((token) => nominativeSelf.has(token.normal))) return 'self';
  if (subject.some((token) => nominativeShared.has(token.normal))) return 'shared';
  if (subject.some((token) => otherPeople.has(token.lemma) || isPersonName(token))) return 'others';
  if (subject.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return 'situation';
  return null;
}

/**
 * The tagger calls any capitalized word a name; a person's name is capitalized but not an
 * acronym ("QA"), and at the start of a sentence it must not be an ordinary word ("Half").
 */
function isPersonName(token: AnalyzedToken): boolean {
  return (
    token.pos === 'PROPN' &&
    /^[A-Z][a-z]/.test(token.text) &&
    token.entity === null &&
    !notPeople.has(token.normal) &&
    !(token.startsSentence && token.isKnownWord)
  );
}

function isNominal(token: AnalyzedToken): boolean {
  return nominalParts.has(token.pos);
}

function isVerb(token: AnalyzedToken): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

function isNeedTo(rest: readonly AnalyzedToken[]): boolean {
  return rest.some(
    (token, index) => ['need', 'have'].includes(token.lemma) && rest[index + 1]?.normal === 'to',
  );
}
