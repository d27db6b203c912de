import type { RatingQuestion, RelationshipGroup } from '../../../shared/questions';
import type { DisplayedGroup } from './group-merging.models';
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

/**
 * A group's figure carries no count and no distribution: how many in a group rated would tell,
 * question by question, how many of the people the leader knows are in it answered or said
 * "don't know". The mean and share are rounded to one decimal so they do not spell out the count
 * as a denominator either (4.333… can only come from 3, 6 or 9 people).
 */
export type GroupFigure = {
  mean: number;
  shareImproved: number | null;
};

export type GroupRatingFigure = {
  label: string;
  groups: RelationshipGroup[];
  figure: GroupFigure;
};

export type RatingResult = {
  questionId: string;
  prompt: string;
  subject: string | null;
  min: number;
  max: number;
  /** Null when fewer than k people rated the question. */
  overall: RatingFigure | null;
  /** The round's breakdown, or empty when any of its groups has fewer than k raters here. */
  byGroup: GroupRatingFigure[];
};

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
