import {
  type InsightFilter,
  programAnswerSchema,
  programInsightAnswerSchema,
  programListSchema,
} from '../../shared/programs';
import { workspaceAnswerSchema } from '../../shared/stakeholder-policy';
import { memberListSchema } from '../../shared/workspaces';
import { apiGet } from '../api';
import { formatDateRange } from '../format';

export const programApiPath = (programId: string) => `/api/programs/${encodeURIComponent(programId)}`;
/** A program's first and last day, as one range in the reader's language. */
export const programDates = ({ startsOn, endsOn }: { startsOn: string; endsOn: string }) =>
  formatDateRange(`${startsOn}T12:00:00Z`, `${endsOn}T12:00:00Z`);

export const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;
export const programsPath = (workspaceId: string) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/programs`;

/** The organization's programs, and its coaches to assign (admins only). */
export async function loadProgramsPage(request: Request, workspaceId: string) {
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}`;
  const [{ workspace }, { members }, { programs }] = await Promise.all([
    apiGet(base, workspaceAnswerSchema, { request }),
    apiGet(`${base}/members`, memberListSchema, { request }),
    apiGet(`${base}/programs`, programListSchema, { request }),
  ]);
  const coaches = members.filter((member) => member.roles.includes('coach'));
  return { workspace, programs, coaches };
}
export type ProgramsPageData = Awaited<ReturnType<typeof loadProgramsPage>>;

export async function loadProgramPage(request: Request, programId: string) {
  const detail = await apiGet(programApiPath(programId), programAnswerSchema, { request });
  const base = `/api/workspaces/${encodeURIComponent(detail.program.workspaceId)}`;
  const [{ workspace }, { members }] = await Promise.all([
    apiGet(base, workspaceAnswerSchema, { request }),
    apiGet(`${base}/members`, memberListSchema, { request }),
  ]);
  return { ...detail, workspace, coaches: members.filter((member) => member.roles.includes('coach')) };
}
export type ProgramPageData = Awaited<ReturnType<typeof loadProgramPage>>;

/** The filter as the address has it, so a filtered view can be bookmarked and the CSV matches it. */
export function insightFilterOf(url: URL): InsightFilter {
  const filter: InsightFilter = {};
  for (const key of ['group', 'from', 'to'] as const) {
    const value = url.searchParams.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export async function loadInsightPage(request: Request, programId: string) {
  const url = new URL(request.url);
  const filter = insightFilterOf(url);
  // Empty fields of the filter form mean "any", so they are left out rather than sent as "".
  const params = new URLSearchParams(filter).toString();
  const query = params ? `?${params}` : '';
  const [detail, { insight }] = await Promise.all([
    apiGet(programApiPath(programId), programAnswerSchema, { request }),
    apiGet(`${programApiPath(programId)}/insight${query}`, programInsightAnswerSchema, { request }),
  ]);
  const base = `/api/workspaces/${encodeURIComponent(detail.program.workspaceId)}`;
  const { workspace } = await apiGet(base, workspaceAnswerSchema, { request });
  return { program: detail.program, workspace, insight, filter, query };
}
export type InsightPageData = Awaited<ReturnType<typeof loadInsightPage>>;
