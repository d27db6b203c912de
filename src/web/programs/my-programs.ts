import { myProgramsSchema } from '../../shared/programs';
import { apiGet } from '../api';

export type MyProgram = Awaited<ReturnType<typeof listMyPrograms>>[number];

export async function listMyPrograms(request: Request, workspaceId: string) {
  const { programs } = await apiGet(
    `/api/workspaces/${encodeURIComponent(workspaceId)}/my-programs`,
    myProgramsSchema,
    {
      request,
    },
  );
  return programs;
}

/** The program a leader joined, when the "start a growth cycle" page was opened from it. */
export async function findMyProgram(request: Request, workspaceId: string, programId: string) {
  const programs = await listMyPrograms(request, workspaceId);
  return programs.find((program) => program.id === programId) ?? null;
}
