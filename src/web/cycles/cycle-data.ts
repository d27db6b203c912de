import type { CycleDetail, CycleSummary } from '../../shared/cycles';
import type { Competency } from '../../shared/framework';
import type { Stakeholder } from '../../shared/stakeholders';
import { uncheckedGet } from '../api';
import { type WorkspaceDetails, workspaceApiPath } from '../workspace/workspace-data';

export type Framework = { name: string; competencies: Competency[] };

export const cycleApiPath = (cycleId: string) => `/api/cycles/${encodeURIComponent(cycleId)}`;
export const roundApiPath = (roundId: string) => `/api/rounds/${encodeURIComponent(roundId)}`;

export const workspacePath = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;
export const cyclesPath = (workspaceId: string) => `${workspacePath(workspaceId)}/cycles`;
export const newCyclePath = (workspaceId: string) => `${cyclesPath(workspaceId)}/new`;
export const stakeholdersPath = (workspaceId: string) => `${workspacePath(workspaceId)}/stakeholders`;
export const cyclePath = (cycleId: string) => `/cycles/${encodeURIComponent(cycleId)}`;
export const roundPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;

export const getWorkspace = (request: Request, workspaceId: string) =>
  uncheckedGet<{ workspace: WorkspaceDetails }>(workspaceApiPath(workspaceId), { request }).then(
    ({ workspace }) => workspace,
  );

export const getCycles = (request: Request, workspaceId: string) =>
  uncheckedGet<{ cycles: CycleSummary[] }>(`${workspaceApiPath(workspaceId)}/cycles`, { request }).then(
    ({ cycles }) => cycles,
  );

export const getCycle = (request: Request, cycleId: string) =>
  uncheckedGet<{ cycle: CycleDetail }>(cycleApiPath(cycleId), { request }).then(({ cycle }) => cycle);

export const getFramework = (request: Request, workspaceId: string) =>
  uncheckedGet<{ framework: Framework; isDefault: boolean }>(`${workspaceApiPath(workspaceId)}/framework`, {
    request,
  }).then(({ framework }) => framework);

export const getStakeholders = (request: Request, workspaceId: string) =>
  uncheckedGet<{ stakeholders: Stakeholder[] }>(`${workspaceApiPath(workspaceId)}/stakeholders`, {
    request,
  }).then(({ stakeholders }) => stakeholders);

export const isLeader = (workspace: WorkspaceDetails) => workspace.roles.includes('leader');
