import type { CycleDetail } from '../../shared/cycles';
import { type MailSetup, type ThankYouNote, thankYouAnswerSchema } from '../../shared/mail';
// The release rules live on the server; the client shows what they let through.
import { type RoundView, roundViewSchema } from '../../shared/rounds';
import type { Stakeholder } from '../../shared/stakeholders';
import { apiGet } from '../api';
import { getCycle, getStakeholders, getWorkspace, roundApiPath } from '../cycles/cycle-data';
import { getMailSetup } from '../mail-setup';
import type { WorkspaceDetails } from '../workspace/workspace-data';

export type RoundPageData = RoundView & {
  cycle: CycleDetail;
  workspace: WorkspaceDetails;
  /** Only while the round is open, to add someone. */
  stakeholders: Stakeholder[];
  /** The saved thank-you note and who was emailed it; null until the leader thanks. */
  thankYou: ThankYouNote | null;
  mail: MailSetup;
  flash: string | null;
};

const getThankYou = (request: Request, roundId: string) =>
  apiGet(`${roundApiPath(roundId)}/thank-you`, thankYouAnswerSchema, { request }).then(
    ({ thankYou }) => thankYou,
  );

export async function loadRoundPage(
  request: Request,
  roundId: string,
): Promise<Omit<RoundPageData, 'flash'>> {
  const view = await apiGet(roundApiPath(roundId), roundViewSchema, { request });
  const cycle = await getCycle(request, view.round.cycleId);
  const [workspace, stakeholders, thankYou, mail] = await Promise.all([
    getWorkspace(request, cycle.workspaceId),
    view.round.status === 'open' ? getStakeholders(request, cycle.workspaceId) : Promise.resolve([]),
    view.round.thankedAt ? getThankYou(request, roundId) : Promise.resolve(null),
    getMailSetup(request),
  ]);
  return { ...view, cycle, workspace, stakeholders, thankYou, mail };
}
