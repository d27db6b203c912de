import type { Question } from './questions';

// Rough seconds per question, from how long each kind takes to read and answer on a phone: a tap on a
// scale or an option, a few sentences for an idea that is asked for, fewer for an optional one.
const secondsFor = (question: Question): number => {
  if (question.kind === 'rating') return 10;
  if (question.kind === 'choice') return 8;
  return question.required ? 60 : 30;
};

const numberWords = ['', 'a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The minutes a page of questions takes, rounded up: never promise less time than it takes. */
export function minutesToAnswer(questions: readonly Question[]): number {
  const seconds = questions.reduce((total, question) => total + secondsFor(question), 0);
  return Math.max(1, Math.ceil(seconds / 60));
}

/** "About a minute", "About two minutes": what the answer page promises, from its actual questions. */
export function answeringTime(questions: readonly Question[]): string {
  const minutes = minutesToAnswer(questions);
  if (minutes === 1) return 'About a minute';
  return `About ${numberWords[minutes] ?? minutes} minutes`;
}
