import type { CycleDetail, RoundSummary } from '../../shared/cycles';
import type { MailSetup } from '../../shared/mail';
import {
  type Announcement,
  announcementAnswerSchema,
  announcementDraftAnswerSchema,
  type Commitment,
  commitmentListSchema,
} from '../../shared/plans';
import { roundViewSchema } from '../../shared/rounds';
import { apiGet } from '../api';
import { cycleApiPath, getCycle, getWorkspace, roundApiPath } from '../cycles/cycle-data';
import { getMailSetup } from '../mail-setup';
import type { WorkspaceDetails } from '../workspace/workspace-data';

export const planPath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/plan`;
export const practicePath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}/practice`;
export const commitmentApiPath = (commitmentId: string) =>
  `/api/commitments/${encodeURIComponent(commitmentId)}`;

export type AnnouncementDraft = { subject: string; body: string };

export type PlanPageData = {
  cycle: CycleDetail;
  workspace: WorkspaceDetails;
  commitments: Commitment[];
  /** Feedforward from the latest listening round whose results were released; empty otherwise. */
  suggestions: string[];
  announcement: Announcement | null;
  draft: AnnouncementDraft;
  /** The round the announcement goes to: the server sends to everyone asked in the latest one. */
  latestRound: RoundSummary | null;
  mail: MailSetup;
};

export const latestRoundOf = (cycle: CycleDetail) =>
  [...cycle.rounds].sort((a, b) => a.openedAt.localeCompare(b.openedAt)).at(-1) ?? null;

export const getCommitments = (request: Request, cycleId: string) =>
  apiGet(`${cycleApiPath(cycleId)}/commitments`, commitmentListSchema, { request }).then(
    ({ commitments }) => commitments,
  );

/** The suggestions the release rules let through, as the round page shows them: texts only, no names. */
async function releasedSuggestions(request: Request, cycle: CycleDetail): Promise<string[]> {
  const listening = cycle.rounds
    .filter((round) => round.kind === 'listening' && round.status === 'closed')
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  for (const round of listening) {
    const view = await apiGet(roundApiPath(round.id), roundViewSchema, { request });
    if (!view.results.released) continue;
    const feedforward = new Set(
      view.round.questions
        .filter((question) => question.kind === 'text' && question.feedforward)
        .map((question) => question.id),
    );
    return view.results.texts
      .filter((text) => feedforward.has(text.questionId))
      .flatMap((text) => text.answers);
  }
  return [];
}

export async function loadPlanPage(request: Request, cycleId: string): Promise<PlanPageData> {
  const cycle = await getCycle(request, cycleId);
  const [workspace, commitments, suggestions, { announcement }, { draft }, mail] = await Promise.all([
    getWorkspace(request, cycle.workspaceId),
    getCommitments(request, cycle.id),
    // A closed cycle takes no new behaviors, so nothing is offered to start one from.
    cycle.stage === 'done' ? [] : releasedSuggestions(request, cycle),
    apiGet(`${cycleApiPath(cycle.id)}/announcement`, announcementAnswerSchema, { request }),
    apiGet(`${cycleApiPath(cycle.id)}/announcement/draft`, announcementDraftAnswerSchema, { request }),
    getMailSetup(request),
  ]);
  return {
    cycle,
    workspace,
    commitments,
    suggestions,
    announcement,
    draft,
    latestRound: latestRoundOf(cycle),
    mail,
  };
}

const end = /[\s.!;,]+$/;

/** The quality check's examples read "When …, I will …"; they fill the two inputs they stand for. */
export function splitExample(example: string): { situation: string; action: string } | null {
  const match = /^when\s+(.+?),\s*i\s+will\s+(.+)$/is.exec(example.trim());
  if (!match?.[1] || !match[2]) return null;
  return { situation: match[1].trim(), action: match[2].trim().replace(end, '') };
}
