// i18n: not yet translated
import { type RoundApprovalForLeader, roundApprovalAnswerSchema } from '../../shared/stakeholder-policy';
import { apiGet } from '../api';
import { Alert } from '../components/alert';
import { cycleApiPath } from './cycle-data';
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
  if (approval?.status === 'waiting') {
    return (
      <section className="card section next-step" aria-labelledby="approval-heading">
        <h2 id="approval-heading">Waiting for approval</h2>
        <p>
          An admin of your organization checks the list of {approval.invitedCount} people before anyone is
          asked. Nothing has been sent yet; when the list is approved, the round opens and closes at the end
          of {formatDay(approval.closesOn)}.
        </p>
      </section>
    );
  }
  if (approval?.status === 'declined') {
    return (
      <Alert tone="info" title="Your list was declined">
        <p>{approval.declineReason}</p>
        <p>Change the list and ask again below.</p>
      </Alert>
    );
  }
  return null;
}
