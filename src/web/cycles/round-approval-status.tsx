import { type RoundApprovalForLeader, roundApprovalAnswerSchema } from '../../shared/stakeholder-policy';
import { apiGet } from '../api';
import { Alert } from '../components/alert';
import { cycleApiPath } from './cycle-data';
import { useCyclesText } from './cycles-text';
import { formatDay } from './day';

export const getRoundApproval = (request: Request, cycleId: string) =>
  apiGet(`${cycleApiPath(cycleId)}/round-approval`, roundApprovalAnswerSchema, { request }).then(
    ({ approval }) => approval,
  );

/**
 * In an organization whose admins approve each list: the leader's request while it waits, or the
 * reason it was declined. An approved request needs no word here: its round shows instead.
 */
export function RoundApprovalStatus({ approval }: { approval: RoundApprovalForLeader | null }) {
  const t = useCyclesText();
  if (approval?.status === 'waiting') {
    return (
      <section className="card section next-step" aria-labelledby="approval-heading">
        <h2 id="approval-heading">{t('approval.waiting')}</h2>
        <p>
          {t('approval.waitingText', { count: approval.invitedCount, day: formatDay(approval.closesOn) })}
        </p>
      </section>
    );
  }
  if (approval?.status === 'declined') {
    return (
      <Alert tone="info" title={t('approval.declined')}>
        <p>{approval.declineReason}</p>
        <p>{t('approval.askAgain')}</p>
      </Alert>
    );
  }
  return null;
}
