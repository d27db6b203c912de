import {
  type CoachingComment,
  coachDashboardSchema,
  coacheeViewSchema,
  commentListSchema,
  type LeadersCoach,
  leadersCoachListSchema,
  programCoachOffersSchema,
  type ShareableItem,
  shareableListSchema,
} from '../../shared/coaching';
import { workspaceAnswerSchema } from '../../shared/stakeholder-policy';
import { apiGet } from '../api';

export const coachPagePath = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/coach`;
export const coachDashboardPath = '/coaching';
export const coacheePath = (coachingId: string) => `/coaching/${encodeURIComponent(coachingId)}`;
export const coachingApiPath = (coachingId: string) => `/api/coaching/${encodeURIComponent(coachingId)}`;

/** One of the leader's coaches, with the thread once they accepted and the shareable items while active. */
export type LeadersCoaching = LeadersCoach & {
  comments: CoachingComment[] | null;
  shareable: ShareableItem[] | null;
};

/** The leader's coaches in this workspace; the thread stays readable after access ends. */
export async function loadCoachPage(request: Request, workspaceId: string) {
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}`;
  const [{ workspace }, { coaches }] = await Promise.all([
    apiGet(base, workspaceAnswerSchema, { request }),
    apiGet('/api/coaching/coaches', leadersCoachListSchema, { request }),
  ]);
  // Only a leader is enrolled in programs, so only a leader is offered a program's coach.
  const { offers } = workspace.roles.includes('leader')
    ? await apiGet(`${base}/program-coaches`, programCoachOffersSchema, { request })
    : { offers: [] };
  const coachings: LeadersCoaching[] = await Promise.all(
    coaches
      .filter((coach) => coach.workspaceId === workspaceId)
      .map(async (coach) => {
        const accepted = coach.acceptedAt !== null;
        const [comments, shareable] = await Promise.all([
          accepted ? apiGet(`${coachingApiPath(coach.id)}/comments`, commentListSchema, { request }) : null,
          coach.status === 'active'
            ? apiGet(`${coachingApiPath(coach.id)}/shareable`, shareableListSchema, { request })
            : null,
        ]);
        return { ...coach, comments: comments?.comments ?? null, shareable: shareable?.items ?? null };
      }),
  );
  return { workspace, coachings, offers };
}
export type CoachPageData = Awaited<ReturnType<typeof loadCoachPage>>;

export async function loadCoachDashboard(request: Request) {
  return apiGet('/api/coaching/coachees', coachDashboardSchema, { request });
}

export async function loadCoachee(request: Request, coachingId: string) {
  const [{ coachee }, { comments }] = await Promise.all([
    apiGet(`${coachingApiPath(coachingId)}/coachee`, coacheeViewSchema, { request }),
    apiGet(`${coachingApiPath(coachingId)}/comments`, commentListSchema, { request }),
  ]);
  return { coachee, comments };
}
export type CoacheePageData = Awaited<ReturnType<typeof loadCoachee>>;
