import type { RouteGroupDoc } from '../../http/openapi/route-doc';
import { accountsRouteDocs } from '../accounts/accounts.openapi';
import { answersRouteDocs } from '../answers/answers.openapi';
import { apiTokensRouteDocs } from '../api-tokens/api-tokens.openapi';
import { cyclesRouteDocs } from '../cycles/cycles.openapi';
import { dataRightsRouteDocs } from '../data-rights/data-rights.openapi';
import { followUpRouteDocs } from '../follow-up/follow-up.openapi';
import { frameworksRouteDocs } from '../frameworks/frameworks.openapi';
import { healthRouteDocs } from '../health/health.openapi';
import { mailRouteDocs } from '../mail/mail.openapi';
import { plansRouteDocs } from '../plans/plans.openapi';
import { progressRouteDocs } from '../progress/progress.openapi';
import { reframeRouteDocs } from '../reframe/reframe.openapi';
import { relationshipsRouteDocs } from '../relationships/relationships.openapi';
import { roundsRouteDocs } from '../rounds/rounds.openapi';
import { sourceRouteDocs } from '../source/source.openapi';
import { ssoRouteDocs } from '../sso/sso.openapi';
import { stakeholdersRouteDocs } from '../stakeholders/stakeholders.openapi';
import { twoFactorRouteDocs } from '../two-factor/two-factor.openapi';
import { webhooksRouteDocs } from '../webhooks/webhooks.openapi';
import { workspacesRouteDocs } from '../workspaces/workspaces.openapi';
import { apiDocsRouteDocs } from './api-docs.openapi';

/** Every route group, in the order the reference page shows them. A new route module adds its own here. */
export const routeGroups: readonly RouteGroupDoc[] = [
  accountsRouteDocs,
  twoFactorRouteDocs,
  ssoRouteDocs,
  apiTokensRouteDocs,
  webhooksRouteDocs,
  workspacesRouteDocs,
  frameworksRouteDocs,
  stakeholdersRouteDocs,
  reframeRouteDocs,
  cyclesRouteDocs,
  roundsRouteDocs,
  answersRouteDocs,
  plansRouteDocs,
  followUpRouteDocs,
  progressRouteDocs,
  relationshipsRouteDocs,
  dataRightsRouteDocs,
  mailRouteDocs,
  healthRouteDocs,
  sourceRouteDocs,
  apiDocsRouteDocs,
];
