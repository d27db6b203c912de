import type { RouteGroupDoc } from '../../http/openapi/route-doc';
import { accountsRouteDocs } from '../accounts';
import { answersRouteDocs } from '../answers';
import { apiTokensRouteDocs } from '../api-tokens';
import { auditRouteDocs } from '../audit';
import { calendarFeedRouteDocs } from '../calendar-feed';
import { chatRouteDocs } from '../chat';
import { coachingRouteDocs } from '../coaching';
import { cyclesRouteDocs } from '../cycles';
import { dataRightsRouteDocs } from '../data-rights';
import { followUpRouteDocs } from '../follow-up';
import { frameworksRouteDocs } from '../frameworks';
import { healthRouteDocs } from '../health';
import { mailRouteDocs } from '../mail';
import { plansRouteDocs } from '../plans';
import { programsRouteDocs } from '../programs';
import { progressRouteDocs } from '../progress';
import { pushRouteDocs } from '../push';
import { reframeRouteDocs } from '../reframe';
import { relationshipsRouteDocs } from '../relationships';
import { roundsRouteDocs } from '../rounds';
import { sourceRouteDocs } from '../source';
import { ssoRouteDocs } from '../sso';
import { stakeholdersRouteDocs } from '../stakeholders';
import { twoFactorRouteDocs } from '../two-factor';
import { webhooksRouteDocs } from '../webhooks';
import { workspacesRouteDocs } from '../workspaces';
import { apiDocsRouteDocs } from './api-docs.openapi';

/** Every route group, in the order the reference page shows them. A new route module adds its own here. */
export const routeGroups: readonly RouteGroupDoc[] = [
  accountsRouteDocs,
  twoFactorRouteDocs,
  ssoRouteDocs,
  apiTokensRouteDocs,
  webhooksRouteDocs,
  workspacesRouteDocs,
  auditRouteDocs,
  frameworksRouteDocs,
  stakeholdersRouteDocs,
  reframeRouteDocs,
  cyclesRouteDocs,
  roundsRouteDocs,
  answersRouteDocs,
  plansRouteDocs,
  followUpRouteDocs,
  calendarFeedRouteDocs,
  chatRouteDocs,
  pushRouteDocs,
  progressRouteDocs,
  coachingRouteDocs,
  programsRouteDocs,
  relationshipsRouteDocs,
  dataRightsRouteDocs,
  mailRouteDocs,
  healthRouteDocs,
  sourceRouteDocs,
  apiDocsRouteDocs,
];
