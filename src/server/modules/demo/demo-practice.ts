import type { CurrentUser } from '../../../shared/accounts';
import { localDay as dayOf } from '../../../shared/calendar';
import type { AppDeps } from '../../deps';
import { createCommitment, draftAnnouncementOfCycle, recordAnnouncement, recordCheckin } from '../plans';
import { demoSuggestions } from './demo-listening';
import { type DemoStory, depsAt } from './demo-story';

// Specific, visible and the leader's own to do, so the quality check raises no flag.
const demoCommitments = [
  {
    situation: 'someone brings me a problem or a risk',
    action: 'I will ask what they would do before suggesting anything',
    frequency: 'Every time',
    noticedBy: 'People hear a question from me before any advice',
    sourceSuggestion: demoSuggestions['Tom Becker'],
  },
  {
    situation: 'a one-to-one starts',
    action: 'I will ask what is on their mind and let them set the first half of the agenda',
    frequency: 'In every one-to-one',
    noticedBy: 'The other person starts the conversation, and my board waits for the second half',
    sourceSuggestion: demoSuggestions['Priya Patel'],
  },
];

/** A small, fixed wobble around the trend, so effort looks lived rather than drawn with a ruler. */
const wobble = [0, 1, -1, 0, 1, 0, -1];

/** Private notes on a few practice days, counted from the first day of practice. */
const notes: Record<number, [string | null, string | null]> = {
  1: ['Jumped in with a fix for the deploy risk before Tom had finished. Noticed only afterwards.', null],
  4: [null, 'Let Priya start our one-to-one. She brought up the on-call load, which was not on my board.'],
  10: ['Asked "what would you do?" three times today. Twice their plan was better than mine.', null],
  15: [null, 'Hard to wait for the second half when the board is full. Closing the laptop helped.'],
  19: ['Lena raised a risk in planning and I asked first. The team sorted it out without me.', null],
};

const effort = (base: number, rise: number, progress: number, daysAgo: number) =>
  Math.min(10, Math.max(1, Math.round(base + rise * progress + (wobble[daysAgo % wobble.length] ?? 0))));

/**
 * The week after listening: two behaviors written from the suggestions, the team told (by hand:
 * the demo has no email), and an evening check-in on most working days since.
 */
export async function seedPractice(deps: AppDeps, user: CurrentUser, cycleId: string, story: DemoStory) {
  const committed = depsAt(deps, story.committed);
  const commitmentIds: string[] = [];
  for (const commitment of demoCommitments) {
    commitmentIds.push((await createCommitment(committed, user, cycleId, commitment)).id);
  }
  const told = depsAt(deps, story.told);
  const draft = await draftAnnouncementOfCycle(told, user, cycleId);
  await recordAnnouncement(told, user, cycleId, { ...draft, send: true });

  for (const [index, { daysAgo, at, progress }] of story.practiceDays.entries()) {
    const scoredThen = depsAt(deps, at);
    for (const [position, commitmentId] of commitmentIds.entries()) {
      const score =
        position === 0 ? effort(4.5, 3.5, progress, daysAgo) : effort(5, 2.5, progress, daysAgo + 3);
      const note = notes[index]?.[position] ?? null;
      await recordCheckin(scoredThen, user, commitmentId, dayOf(at), { score, note });
    }
  }
  return commitmentIds;
}
