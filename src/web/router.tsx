import { createBrowserRouter } from 'react-router';
import { AppLayout, appLayoutLoader } from './components/app-layout';
import { LoadingState } from './components/loading';
import { PublicLayout } from './components/public-layout';
import { RootFrame } from './components/root-frame';
import { PageErrorBoundary, RootErrorBoundary } from './components/route-errors';
import { skipRevalidationAfterRefusal } from './forms';
import {
  AcceptInvitationPage,
  acceptInvitationAction,
  acceptInvitationLoader,
} from './routes/accept-invitation';
import { AccountPage, accountAction } from './routes/account';
import {
  AnswerErrorBoundary,
  AnswerPage,
  answerAction,
  answerLoader,
  answerShouldRevalidate,
} from './routes/answer';
import { CyclePage, cycleAction, cycleLoader } from './routes/cycle';
import { CyclesPage, cyclesLoader } from './routes/cycles';
import { ForgotPasswordPage, forgotPasswordAction } from './routes/forgot-password';
import { FrameworkPage, frameworkAction, frameworkLoader } from './routes/framework';
import { HomePage, homeAction, homeLoader } from './routes/home';
import { NewCyclePage, newCycleAction, newCycleLoader, newCycleShouldRevalidate } from './routes/new-cycle';
import { NotFoundPage } from './routes/not-found';
import { PlanPage, planAction, planLoader } from './routes/plan';
import { PracticePage, practiceAction, practiceLoader } from './routes/practice';
import { ProgressPage, progressLoader } from './routes/progress';
import { RelationshipsPage, relationshipsAction, relationshipsLoader } from './routes/relationships';
import { ReportPage, reportLoader } from './routes/report';
import { ResetPasswordPage, resetPasswordAction, resetPasswordLoader } from './routes/reset-password';
import { RoundPage, roundAction, roundLoader } from './routes/round';
import { SignInPage, signInAction, signInLoader } from './routes/sign-in';
import { signOutAction, signOutLoader } from './routes/sign-out';
import { SignUpPage, signUpAction, signUpLoader } from './routes/sign-up';
import {
  StakeholdersPage,
  stakeholdersAction,
  stakeholdersLoader,
  stakeholdersShouldRevalidate,
} from './routes/stakeholders';
import { WorkspacePage, workspaceAction, workspaceLoader } from './routes/workspace';

/** Shown while the first page's data loads, before any layout can render. */
function InitialLoading() {
  return <LoadingState />;
}

export function createRouter() {
  return createBrowserRouter([
    {
      id: 'root',
      Component: RootFrame,
      HydrateFallback: InitialLoading,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          id: 'app',
          loader: appLayoutLoader,
          shouldRevalidate: skipRevalidationAfterRefusal,
          Component: AppLayout,
          children: [
            {
              // A pathless boundary inside the layout keeps the header when a page fails.
              ErrorBoundary: PageErrorBoundary,
              children: [
                {
                  index: true,
                  loader: homeLoader,
                  action: homeAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: HomePage,
                },
                {
                  path: 'workspaces/:workspaceId',
                  loader: workspaceLoader,
                  action: workspaceAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: WorkspacePage,
                },
                {
                  path: 'workspaces/:workspaceId/cycles',
                  loader: cyclesLoader,
                  Component: CyclesPage,
                },
                {
                  path: 'workspaces/:workspaceId/cycles/new',
                  loader: newCycleLoader,
                  action: newCycleAction,
                  shouldRevalidate: newCycleShouldRevalidate,
                  Component: NewCyclePage,
                },
                {
                  path: 'cycles/:cycleId',
                  loader: cycleLoader,
                  action: cycleAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: CyclePage,
                },
                {
                  path: 'cycles/:cycleId/plan',
                  loader: planLoader,
                  action: planAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: PlanPage,
                },
                {
                  path: 'cycles/:cycleId/practice',
                  loader: practiceLoader,
                  action: practiceAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: PracticePage,
                },
                { path: 'cycles/:cycleId/progress', loader: progressLoader, Component: ProgressPage },
                { path: 'cycles/:cycleId/report', loader: reportLoader, Component: ReportPage },
                {
                  path: 'workspaces/:workspaceId/relationships',
                  loader: relationshipsLoader,
                  action: relationshipsAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: RelationshipsPage,
                },
                {
                  path: 'rounds/:roundId',
                  loader: roundLoader,
                  action: roundAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: RoundPage,
                },
                {
                  path: 'workspaces/:workspaceId/stakeholders',
                  loader: stakeholdersLoader,
                  action: stakeholdersAction,
                  shouldRevalidate: stakeholdersShouldRevalidate,
                  Component: StakeholdersPage,
                },
                {
                  path: 'account',
                  action: accountAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: AccountPage,
                },
                {
                  path: 'workspaces/:workspaceId/framework',
                  loader: frameworkLoader,
                  action: frameworkAction,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  Component: FrameworkPage,
                },
              ],
            },
          ],
        },
        {
          Component: PublicLayout,
          children: [
            {
              ErrorBoundary: PageErrorBoundary,
              children: [
                {
                  path: 'sign-in',
                  loader: signInLoader,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  action: signInAction,
                  Component: SignInPage,
                },
                {
                  path: 'sign-up',
                  loader: signUpLoader,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  action: signUpAction,
                  Component: SignUpPage,
                },
                { path: 'forgot-password', action: forgotPasswordAction, Component: ForgotPasswordPage },
                {
                  path: 'reset-password',
                  loader: resetPasswordLoader,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  action: resetPasswordAction,
                  Component: ResetPasswordPage,
                },
                {
                  path: 'invitations/accept',
                  loader: acceptInvitationLoader,
                  shouldRevalidate: skipRevalidationAfterRefusal,
                  action: acceptInvitationAction,
                  Component: AcceptInvitationPage,
                },
                { path: '*', Component: NotFoundPage },
              ],
            },
          ],
        },
        {
          // A stakeholder's page: no account, its own calm frame, its own errors.
          path: 'answer',
          loader: answerLoader,
          action: answerAction,
          shouldRevalidate: answerShouldRevalidate,
          Component: AnswerPage,
          ErrorBoundary: AnswerErrorBoundary,
        },
        { path: 'sign-out', loader: signOutLoader, action: signOutAction },
      ],
    },
  ]);
}
