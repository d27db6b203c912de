import type { CycleDetail } from '../../shared/cycles';
import type { ChangeSummary } from '../../shared/follow-up';
import type { Competency } from '../../shared/framework';
import type { Locale } from '../../shared/i18n/locales';
import { type MailSetup, type ThankYouNote, thankYouAnswerSchema } from '../../shared/mail';
import type { Question } from '../../shared/questions';
// The release rules live on the server; the client shows what they let through.
import type { RoundResults } from '../../shared/round-results';
import type { Stakeholder } from '../../shared/stakeholders';
import { apiGet, uncheckedGet } from '../api';
import { getCycle, getStakeholders, getWorkspace, roundApiPath } from '../cycles/cycle-data';
import { getMailSetup } from '../mail-setup';
import type { WorkspaceDetails } from '../workspace/workspace-data';

/** An idea two or more suggestions share: a phrase as one of them wrote it, and those suggestions. */
export type Theme = { label: string; suggestions: string[] };

export type RoundDetail = {
  id: string;
  cycleId: string;
  kind: CycleDetail['rounds'][number]['kind'];
  status: 'open' | 'closed';
  intro: string;
  openedAt: string;
  closesOn: string;
  closedAt: string | null;
  thankedAt: string | null;
  anonymityK: number;
  invitedCount: number;
  /** The language its questions and mails are in (decision 0044). */
  language: Locale;
  questions: Question[];
};

export type RoundView = {
  round: RoundDetail;
  competency: Competency;
  baseline: Record<string, number>;
  results: RoundResults;
  /** Null when the analysis ran out of time; empty when no idea came up in more than one suggestion. */
  themes: Theme[] | null;
  /** Mini-surveys only: the headline per commitment, once released. */
  changeSummaries?: ChangeSummary[];
};

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
  const view = await uncheckedGet<RoundView>(roundApiPath(roundId), { request });
  const cycle = await getCycle(request, view.round.cycleId);
  const [workspace, stakeholders, thankYou, mail] = await Promise.all([
    getWorkspace(request, cycle.workspaceId),
    view.round.status === 'open' ? getStakeholders(request, cycle.workspaceId) : Promise.resolve([]),
    view.round.thankedAt ? getThankYou(request, roundId) : Promise.resolve(null),
    getMailSetup(request),
  ]);
  return { ...view, cycle, workspace, stakeholders, thankYou, mail };
}
