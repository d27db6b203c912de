import type { Question, RelationshipGroup } from './questions';

/**
 * What a round's release rules let through to the leader (the rules are the rounds module's
 * release.models.ts): shapes only, so the browser shows exactly what the server computed.
 */

export type RatingCount = { value: number; count: number };

/** One figure of a breakdown by relationship group: a single group, or "Others" merged. */
export type DisplayedGroup = {
  label: string;
  groups: RelationshipGroup[];
  count: number;
};

export type ChoiceCount = { value: string; label: string; count: number };

export type ChoiceResult = {
  questionId: string;
  prompt: string;
  /** Null when fewer than k people chose one of the options. */
  figure: { n: number; options: ChoiceCount[] } | null;
};

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

/** The free-text answers to one question: no group, no time, no order, no link to any rating. */
export type TextResult = {
  questionId: string;
  prompt: string;
  answers: string[];
};

/**
 * One answer of a manager who chose to be shown by name: a rating (null = don't know),
 * a text, or the chosen option's label; null when left unanswered.
 */
export type NamedAnswer = {
  questionId: string;
  kind: Question['kind'];
  prompt: string;
  answer: number | string | null;
};

/** A named manager's whole response, shown on its own and labeled as the manager's. */
export type NamedManagerResponse = {
  answers: NamedAnswer[];
};

/**
 * 'open': the leader sees only how many responses have arrived.
 * 'too-few': closed with fewer than k responses besides any named manager's, so nothing is ever shown.
 */
export type ResultsWithheld = {
  released: false;
  reason: 'open' | 'too-few';
  responseCount: number;
  k: number;
};

export type ReleasedResults = {
  released: true;
  /** Every response, a named manager's included. */
  responseCount: number;
  ratings: RatingResult[];
  texts: TextResult[];
  choices: ChoiceResult[];
  /** Responses whose author chose to be shown by name, kept out of every figure above; null when none. */
  namedManager: NamedManagerResponse[] | null;
};

export type RoundResults = ResultsWithheld | ReleasedResults;
