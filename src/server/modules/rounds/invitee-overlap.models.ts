import type { Question } from '../../../shared/questions';

/**
 * "No two snapshots" (PRODUCT.md §4, decision 0016): two rounds of one leader that ask about the
 * same thing must not let anyone subtract one release from the other. If one round asked
 * {A, B, C} and another {A, B, C, D} the same behavior, the two distributions differ by D's rating.
 */

/**
 * What a round's released figures measure, as keys: two rounds overlap when they share one.
 * A rating or choice is released as counts, so it can be subtracted; free text is released as a
 * shuffled list of whole answers, which people write anew each time, so it is not compared.
 * A question's id names what it asks about (`behavior:<key>`, `change:<commitment>`,
 * `followed-up:<commitment>`); a rating's prompt is compared too, so a commitment written again in
 * the same words in another cycle, or the same behavior in another framework, still counts.
 */
export function subtractableFigureKeys(questions: readonly Question[]): Set<string> {
  const keys = new Set<string>();
  for (const question of questions) {
    if (question.kind === 'text') continue;
    keys.add(`question:${question.id}`);
    // A choice's prompt ("How often has … followed up …") is the same for every commitment.
    if (question.kind === 'rating') keys.add(`prompt:${question.prompt.trim().toLowerCase()}`);
  }
  return keys;
}

export function questionsOverlap(a: readonly Question[], b: readonly Question[]): boolean {
  const keysOfB = subtractableFigureKeys(b);
  return [...subtractableFigureKeys(a)].some((key) => keysOfB.has(key));
}

/** An invitation as the rule sees it: who it reached, by the stakeholder's current address. */
export type Invitee = { invitationId: string | null; stakeholderId: string | null; email: string | null };

/**
 * One person, as far as the app can tell: their address when they have one (so two stakeholder
 * entries with one address, even in two workspaces, are one person), otherwise their stakeholder
 * entry, otherwise (a stakeholder since removed) that invitation alone.
 */
export function personKeyOf(invitee: Invitee): string {
  if (invitee.email) return `email:${invitee.email.trim().toLowerCase()}`;
  if (invitee.stakeholderId) return `stakeholder:${invitee.stakeholderId}`;
  return `invitation:${invitee.invitationId}`;
}

/**
 * How many invitations each round has that the other does not, counting people as a multiset:
 * one address invited twice in a round is two answers, and the second one could be subtracted.
 */
export function inviteeDifference(
  a: readonly string[],
  b: readonly string[],
): { onlyInFirst: number; onlyInSecond: number } {
  const remaining = new Map<string, number>();
  for (const key of b) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  let onlyInFirst = 0;
  for (const key of a) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else onlyInFirst++;
  }
  const onlyInSecond = [...remaining.values()].reduce((total, count) => total + count, 0);
  return { onlyInFirst, onlyInSecond };
}

/**
 * Two invitee lists are far enough apart when each side's extra people are none or at least k:
 * then the difference of two releases is itself an aggregate of k or more people. A swap of one
 * person for another (one fewer, one more) is refused too: the difference would show one
 * person's rating against another's.
 */
export function tooCloseForK(a: readonly string[], b: readonly string[], k: number): boolean {
  const { onlyInFirst, onlyInSecond } = inviteeDifference(a, b);
  const tooFew = (extra: number) => extra > 0 && extra < k;
  return tooFew(onlyInFirst) || tooFew(onlyInSecond);
}

/** Another round of the leader, as compared. */
export type ComparedRound = {
  id: string;
  kind: string;
  status: 'open' | 'closed';
  openedAt: string;
  anonymityK: number;
  questions: readonly Question[];
  inviteeKeys: readonly string[];
  anonymousResponses: number;
};

/**
 * A round closed below k is never released (closed rounds take no answers), so it has no figures
 * to subtract. An open round may still be released, so it counts.
 */
export function mayBeReleased(round: Pick<ComparedRound, 'status' | 'anonymousResponses' | 'anonymityK'>) {
  return round.status === 'open' || round.anonymousResponses >= round.anonymityK;
}

/**
 * The first other round whose figures could be subtracted from the candidate's, or null. Each
 * pair is judged with the larger of the two rounds' k.
 */
export function roundTooCloseTo(
  candidate: { questions: readonly Question[]; inviteeKeys: readonly string[]; anonymityK: number },
  others: readonly ComparedRound[],
): ComparedRound | null {
  return (
    others.find(
      (other) =>
        mayBeReleased(other) &&
        questionsOverlap(candidate.questions, other.questions) &&
        tooCloseForK(
          candidate.inviteeKeys,
          other.inviteeKeys,
          Math.max(candidate.anonymityK, other.anonymityK),
        ),
    ) ?? null
  );
}

const kindNames: Record<string, string> = {
  listening: 'listening round',
  pulse: 'check-in',
  mini_survey: 'mini-survey',
};

function dayOf(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** What the leader reads when a round, or a person added to one, is refused, and what to do instead. */
export function tooCloseMessage(other: ComparedRound, k: number, adding: string | null): string {
  const earlier = `your ${kindNames[other.kind] ?? 'round'} of ${dayOf(other.openedAt)}`;
  if (adding) {
    return (
      `Adding ${adding} would leave this round fewer than ${k} people apart from ${earlier}, which asks ` +
      `about the same things: comparing the two would show ${adding}'s answers. Keep the same people ` +
      `as then, or ask ${adding} in a round whose list differs from it by at least ${k} people.`
    );
  }
  return (
    `This round asks about the same things as ${earlier}, and its list of people is fewer than ${k} ` +
    `apart from that round's: comparing the two would show one person's answers. Ask exactly the ` +
    `same people as then, or change the list by at least ${k} people (leave out none or at least ${k} ` +
    `of them, and add none or at least ${k} new ones).`
  );
}
