import { cycleAnswerSchema, cycleListSchema } from '../../shared/cycles';
import { activeFrameworkSchema, type Competency } from '../../shared/framework';
import { workspaceAnswerSchema } from '../../shared/stakeholder-policy';
import { stakeholderListSchema } from '../../shared/stakeholders';
import { apiGet } from '../api';
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
  apiGet(workspaceApiPath(workspaceId), workspaceAnswerSchema, { request }).then(
    ({ workspace }) => workspace,
  );

export const getCycles = (request: Request, workspaceId: string) =>
  apiGet(`${workspaceApiPath(workspaceId)}/cycles`, cycleListSchema, { request }).then(
    ({ cycles }) => cycles,
  );

export const getCycle = (request: Request, cycleId: string) =>
  apiGet(cycleApiPath(cycleId), cycleAnswerSchema, { request }).then(({ cycle }) => cycle);

export const getFramework = (request: Request, workspaceId: string) =>
  apiGet(`${workspaceApiPath(workspaceId)}/framework`, activeFrameworkSchema, { request }).then(
    ({ framework }): Framework => framework,
  );

export const getStakeholders = (request: Request, workspaceId: string) =>
  apiGet(`${workspaceApiPath(workspaceId)}/stakeholders`, stakeholderListSchema, { request }).then(
    ({ stakeholders }) => stakeholders,
  );

export const isLeader = (workspace: WorkspaceDetails) => workspace.roles.includes('leader');
