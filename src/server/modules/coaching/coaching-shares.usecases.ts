import type { CurrentUser } from '../../../shared/accounts';
import type { ShareableItem, ShareItemInput } from '../../../shared/coaching';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { newId } from '../../security/tokens';
import { refuseEnded, requireOwnCoaching } from './coaching.usecases';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

const groupLabel = (group: string) => group.replace('_', ' ');

/** Every private item the leader has in the coaching's workspace, and which are shared with this coach. */
export async function listShareable(
  deps: Deps,
  user: CurrentUser,
  coachingId: string,
): Promise<ShareableItem[]> {
  const coaching = await requireOwnCoaching(deps, user, coachingId);
  const [items, shares] = await Promise.all([
    deps.repos.coacheeReads.privateItemsOfLeader(user.id, coaching.workspace_id),
    deps.repos.coaching.listShares(coachingId),
  ]);
  const shareOf = (kind: string, ref: string) =>
    shares.find((share) => share.item_kind === kind && share.item_ref === ref)?.id ?? null;
  return [
    ...items.reflections.map((row) => ({
      kind: 'reflection' as const,
      ref: row.id,
      label: `Review of “${row.goal}”`,
      text: row.reflection ?? '',
    })),
    ...items.relationshipNotes.map((row) => ({
      kind: 'relationship_note' as const,
      ref: row.id,
      label: `Your part with ${row.name} (${groupLabel(row.relationship_group)})`,
      text: row.note,
    })),
    ...items.checkinNotes.map((row) => ({
      kind: 'checkin_note' as const,
      ref: row.ref,
      label: `${row.day}: ${row.action}`,
      text: row.note ?? '',
    })),
  ].map((item) => ({ ...item, shareId: shareOf(item.kind, item.ref) }));
}

/** Shares one item the leader owns, by its kind and reference; nothing else is ever shared. */
export async function shareItem(deps: Deps, user: CurrentUser, coachingId: string, input: ShareItemInput) {
  const coaching = await requireOwnCoaching(deps, user, coachingId);
  refuseEnded(coaching);
  const owned = (await listShareable(deps, user, coachingId)).some(
    (item) => item.kind === input.kind && item.ref === input.ref,
  );
  if (!owned) throw notFound('item_not_found', 'There is no such note of yours to share.');
  await deps.repos.coaching.insertShare({
    id: newId(),
    coaching_id: coachingId,
    item_kind: input.kind,
    item_ref: input.ref,
    created_at: deps.now().toISOString(),
  });
  // Sharing twice keeps the first share, so the answer names whichever row is there.
  const share = await deps.repos.coaching.findShare(coachingId, input.kind, input.ref);
  if (!share) throw notFound('share_not_found', 'This item is not shared with this coach.');
  return { shareId: share.id };
}

export async function unshareItem(deps: Deps, user: CurrentUser, coachingId: string, shareId: string) {
  await requireOwnCoaching(deps, user, coachingId);
  if (!(await deps.repos.coaching.deleteShare(shareId, coachingId))) {
    throw notFound('share_not_found', 'This item is not shared with this coach.');
  }
}
