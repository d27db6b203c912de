import type { RatingQuestion, RelationshipGroup } from '../../../shared/questions';
import { mergeSmallGroups } from './group-merging.models';
import { distributionOf, meanOf, type RatingCount, shareAtOrAbove } from './rating-statistics.models';
import type { RoundResponse } from './round-responses.models';

/** A figure shown for one rating question, over at least k people who actually rated it. */
export type RatingFigure = {
  n: number;
  mean: number;
  distribution: RatingCount[];
  /** On change scales (below and above 0, e.g. -3..+3): share (0..1) at +1 or better; otherwise null. */
  shareImproved: number | null;
};

export type GroupRatingFigure = {
  label: string;
  groups: RelationshipGroup[];
  figure: RatingFigure;
};

export type RatingResult = {
  questionId: string;
  prompt: string;
  subject: string | null;
  min: number;
  max: number;
  /** Null when fewer than k people rated the question. */
  overall: RatingFigure | null;
  /** Empty when no breakdown can keep every group figure at k or more. */
  byGroup: GroupRatingFigure[];
};

type Rating = { group: RelationshipGroup; value: number };

/** Releases one rating question over anonymous responses only; "don't know" never counts toward k. */
export function releaseRatingResult(
  question: RatingQuestion,
  responses: RoundResponse[],
  k: number,
): RatingResult {
  const ratings = ratingsOf(question, responses);
  const overall = ratings.length >= k ? figureOf(question, ratings) : null;
  // Groups are merged on this question's raters, not respondents: a group whose members
  // mostly said "don't know" could otherwise show a figure resting on fewer than k people.
  const displayed = mergeSmallGroups(ratersPerGroup(ratings), k);
  const byGroup = displayed.map(({ label, groups }) => ({
    label,
    groups,
    figure: figureOf(
      question,
      ratings.filter(({ group }) => groups.includes(group)),
    ),
  }));
  return {
    questionId: question.id,
    prompt: question.prompt,
    subject: question.subject,
    min: question.min,
    max: question.max,
    overall,
    byGroup,
  };
}

/** Anything but a whole number on the question's scale is treated as not rated. */
export function ratingValueOf(question: RatingQuestion, answer: unknown): number | null {
  if (typeof answer !== 'number' || !Number.isInteger(answer)) return null;
  return answer >= question.min && answer <= question.max ? answer : null;
}

export function isChangeScale(question: RatingQuestion): boolean {
  return question.min < 0 && question.max > 0;
}

function ratingsOf(question: RatingQuestion, responses: RoundResponse[]): Rating[] {
  return responses.flatMap(({ group, answers }) => {
    const value = ratingValueOf(question, answers[question.id]);
    return value === null ? [] : [{ group, value }];
  });
}

function ratersPerGroup(ratings: Rating[]): Partial<Record<RelationshipGroup, number>> {
  const counts: Partial<Record<RelationshipGroup, number>> = {};
  for (const { group } of ratings) counts[group] = (counts[group] ?? 0) + 1;
  return counts;
}

function figureOf(question: RatingQuestion, ratings: Rating[]): RatingFigure {
  const values = ratings.map(({ value }) => value);
  return {
    n: values.length,
    mean: meanOf(values),
    distribution: distributionOf(values, question.min, question.max),
    shareImproved: isChangeScale(question) ? shareAtOrAbove(values, 1) : null,
  };
}
