import type { CurrentUser } from '../../../shared/accounts';
import type { AppDeps } from '../../deps';
import { seedMiniSurvey } from './demo-follow-up';
import { seedListening } from './demo-listening';
import { seedPractice } from './demo-practice';
import { demoStory } from './demo-story';

/**
 * A demo growth cycle six weeks into the loop: listened, committed, told, practiced daily and
 * asked again. It is made through the same use cases a leader and their stakeholders use, each
 * run as of its day in the story, so the demo shows what the product really produces.
 */
export async function seedDemoCycle(deps: AppDeps, user: CurrentUser, workspaceId: string) {
  const story = demoStory(deps.now());
  const listened = await seedListening(deps, user, workspaceId, story);
  const commitmentIds = await seedPractice(deps, user, listened.cycleId, story);
  await seedMiniSurvey(deps, user, listened, commitmentIds, story);
  return listened.cycleId;
}
