import type { CurrentUser } from '../../../shared/accounts';
import { inUse } from '../../../shared/framework';
import type { ReframeSuggestion } from '../../../shared/reframe';
import type { AppDeps } from '../../deps';
import { getActiveFramework } from '../frameworks';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { requireLeader } from '../workspaces';
import { strongSuggestions } from './competency-suggestions.models';

type Deps = Pick<AppDeps, 'repos' | 'textPool' | 'now'>;

/** What the leader sees when the analysis ran over its time budget: no guess, and a word why. */
const unavailable: ReframeSuggestion = {
  available: false,
  focus: 'mixed',
  othersShare: 0,
  question: null,
  competencies: [],
};

/**
 * Reads the problem as the leader wrote it: whether it is about others, a question back about
 * their own part, and the competencies of the workspace's framework it sounds closest to.
 */
export async function reframeProblem(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  problem: string,
): Promise<ReframeSuggestion> {
  await enforceRateLimit(deps, rateLimitRules.reframesPerAccount, user.id);
  await requireLeader(deps, user, workspaceId);
  const framework = inUse((await getActiveFramework(deps, workspaceId)).framework);
  const outcome = await deps.textPool.run('reframe', { problem, competencies: framework.competencies });
  if (!outcome.done) return unavailable;
  const { focus, othersShare, question, ranked } = outcome.result;
  const byKey = new Map(framework.competencies.map((competency) => [competency.key, competency]));
  const competencies = strongSuggestions(ranked).flatMap(({ key, score, matchedWords }) => {
    const competency = byKey.get(key);
    return competency
      ? [{ key, name: competency.name, description: competency.description, score, matchedWords }]
      : [];
  });
  return { available: true, focus, othersShare, question, competencies };
}
