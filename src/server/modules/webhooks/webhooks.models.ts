import type { RoundKind } from '../../../shared/cycles';
import type { WebhookDeliveryStatus, WebhookEvent } from '../../../shared/webhooks';
import { maxJobAttempts } from '../jobs/public.models';

/** What a closed round looks like to its leader: ids, dates, counts and the released change figures. */
export type ClosedRoundView = {
  roundId: string;
  cycleId: string;
  workspaceId: string;
  kind: RoundKind;
  openedAt: string;
  closesOn: string;
  closedAt: string;
  invitedCount: number;
  responseCount: number;
  released: boolean;
  anonymityK: number;
  changes: ChangeFigure[];
};

/** One behavior's headline of a mini-survey, as released: no figure when fewer than k rated. */
export type ChangeFigure = { questionId: string; commitmentId: string | null } & (
  | { hidden: true }
  | { hidden: false; n: number; mean: number; shareImproved: number; realProgress: boolean }
);

/**
 * The events one closed round raises, with their data. Built only from the view above, which holds
 * no answer text, stakeholder name or address: a payload cannot carry what it was never given.
 */
export function closedRoundEvents(
  view: ClosedRoundView,
): { event: WebhookEvent; data: Record<string, unknown> }[] {
  const ids = { roundId: view.roundId, cycleId: view.cycleId, workspaceId: view.workspaceId };
  const events: { event: WebhookEvent; data: Record<string, unknown> }[] = [
    {
      event: 'round.closed',
      data: {
        ...ids,
        kind: view.kind,
        openedAt: view.openedAt,
        closesOn: view.closesOn,
        closedAt: view.closedAt,
        invitedCount: view.invitedCount,
        responseCount: view.responseCount,
        resultsReleased: view.released,
      },
    },
  ];
  if (!view.released) return events;
  events.push({
    event: 'round.results_released',
    data: {
      ...ids,
      kind: view.kind,
      closedAt: view.closedAt,
      responseCount: view.responseCount,
      anonymityK: view.anonymityK,
    },
  });
  if (view.kind === 'mini_survey' && view.changes.length > 0)
    events.push({
      event: 'mini_survey.change_released',
      data: { ...ids, closedAt: view.closedAt, changes: view.changes },
    });
  return events;
}

/** After one attempt: delivered on any 2xx; otherwise tried again until the job gives up. */
export function statusAfterAttempt(responseCode: number | null, attempts: number): WebhookDeliveryStatus {
  if (responseCode !== null && responseCode >= 200 && responseCode < 300) return 'delivered';
  return attempts >= maxJobAttempts ? 'failed' : 'retrying';
}
