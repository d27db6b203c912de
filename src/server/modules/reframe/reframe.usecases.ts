import type { CurrentUser } from '../../../shared/accounts';
import type { ReframeSuggestion } from '../../../shared/reframe';
import type { AppDeps } from '../../deps';
import { getActiveFramework } from '../frameworks/frameworks.usecases';
import { requireLeader } from '../workspaces/workspaces.usecases';
import { rankCompetencies } from './competency-ranking.models';
import { strongSuggestions } from './competency-suggestions.models';
import { analyzeProblemFocus } from './problem-focus.models';

type Deps = Pick<AppDeps, 'repos' | 'textAnalysis'>;

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
  await requireLeader(deps, user, workspaceId);
  const { framework } = await getActiveFramework(deps, workspaceId);
  const analysis = deps.textAnalysis();
  const { focus, othersShare, question } = analyzeProblemFocus(problem, analysis);
  const byKey = new Map(framework.competencies.map((competency) => [competency.key, competency]));
  const ranked = rankCompetencies(problem, framework.competencies, analysis);
  const competencies = strongSuggestions(ranked).flatMap(({ key, score, matchedWords }) => {
    const competency = byKey.get(key);
    return competency
      ? [{ key, name: competency.name, description: competency.description, score, matchedWords }]
      : [];
  });
  return { focus, othersShare, question, competencies };
}
