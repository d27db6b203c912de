import type { CurrentUser } from '../../../shared/accounts';
import type { CoachingComment } from '../../../shared/coaching';
import type { CoachingCommentsTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { newId } from '../../security/tokens';
import { refuseEnded } from './coaching.usecases';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

const commentOf = (row: CoachingCommentsTable): CoachingComment => ({
  id: row.id,
  author: row.author,
  body: row.body,
  createdAt: row.created_at,
});

const noCoaching = () => notFound('coaching_not_found', 'There is no such coaching, or it has ended.');

/** The leader reads their thread whatever became of the consent; the coach only while it is active. */
export async function listComments(deps: Deps, user: CurrentUser, coachingId: string) {
  const own = await deps.repos.coaching.findOfLeader(coachingId, user.id);
  const rows = own
    ? await deps.repos.coaching.listComments(coachingId)
    : await deps.repos.coacheeReads.comments({ coachingId, coachId: user.id });
  if (
    !own &&
    rows.length === 0 &&
    (await deps.repos.coacheeReads.coachees(user.id, coachingId)).length === 0
  ) {
    throw noCoaching();
  }
  return rows.map(commentOf);
}

export async function addComment(deps: Deps, user: CurrentUser, coachingId: string, body: string) {
  const row = { id: newId(), coaching_id: coachingId, body, created_at: deps.now().toISOString() };
  const own = await deps.repos.coaching.findOfLeader(coachingId, user.id);
  if (own) {
    refuseEnded(own);
    await deps.repos.coaching.insertLeaderComment(row);
    return commentOf({ ...row, author: 'leader' });
  }
  if (!(await deps.repos.coaching.insertCoachComment(row, user.id))) throw noCoaching();
  return commentOf({ ...row, author: 'coach' });
}
