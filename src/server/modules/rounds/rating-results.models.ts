import type { RatingQuestion, RelationshipGroup } from '../../../shared/questions';
import type { DisplayedGroup, GroupFigure, RatingFigure, RatingResult } from '../../../shared/round-results';
import { distributionOf, meanOf, shareAtOrAbove } from './rating-statistics.models';
import type { RoundResponse } from './round-responses.models';

type Rating = { group: RelationshipGroup; value: number };

/**
 * Releases one rating question over anonymous responses only; "don't know" never counts toward k.
 * `breakdown` is the round's group structure, decided from who was invited and the same for every
 * question, so which groups appear never depends on who answered or said "don't know".
 */
export function releaseRatingResult(
  question: RatingQuestion,
  responses: RoundResponse[],
  breakdown: DisplayedGroup[],
  k: number,
): RatingResult {
  const ratings = ratingsOf(question, responses);
  const overall = ratings.length >= k ? figureOf(question, ratings) : null;
  const perGroup = breakdown.map(({ label, groups }) => ({
    label,
    groups,
    ratings: ratings.filter(({ group }) => groups.includes(group)),
  }));
  // All or nothing: showing the groups that reached k while hiding one that did not would let
  // the overall minus the shown groups give the hidden one.
  const byGroup = perGroup.every((group) => group.ratings.length >= k)
    ? perGroup.map(({ label, groups, ratings: rated }) => ({
        label,
        groups,
        figure: groupFigureOf(question, rated),
      }))
    : [];
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

function figureOf(question: RatingQuestion, ratings: Rating[]): RatingFigure {
  const values = ratings.map(({ value }) => value);
  return {
    n: values.length,
    mean: meanOf(values),
    distribution: distributionOf(values, question.min, question.max),
    shareImproved: isChangeScale(question) ? shareAtOrAbove(values, 1) : null,
  };
}

function groupFigureOf(question: RatingQuestion, ratings: Rating[]): GroupFigure {
  const { mean, shareImproved } = figureOf(question, ratings);
  return {
    mean: toOneDecimal(mean),
    shareImproved: shareImproved === null ? null : toOneDecimal(shareImproved),
  };
}

function toOneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
