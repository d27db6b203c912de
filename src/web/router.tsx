import { createBrowserRouter } from 'react-router';
import { AnswerErrorBoundary } from './answer/answer-error';
import { AppLayout, appLayoutLoader } from './components/app-layout';
import { LoadingState } from './components/loading';
import { PublicLayout } from './components/public-layout';
import { RootFrame } from './components/root-frame';
import { PageErrorBoundary, RootErrorBoundary } from './components/route-errors';
import { skipRevalidationAfterRefusal } from './forms';
import { useCommonText } from './i18n/common-text';
import { NotFoundPage } from './routes/not-found';
import { signOutAction, signOutLoader } from './routes/sign-out';
import { landingPath, requireSignedIn } from './session';

/** Shown while the first page's code and data load, before any layout can render. */
function InitialLoading() {
  const t = useCommonText();
  return <LoadingState label={t('loading')} />;
}

// Each page's code is fetched when a navigation first needs it, alongside its data: a stakeholder
// opening /answer on a phone downloads the answer form, not the leader's screens. The frames, error
// pages and sign-out stay in the first bundle, so a page that fails to load still gets its own frame.
export function createRouter() {
  return createBrowserRouter(
    [
      {
        id: 'root',
        Component: RootFrame,
        HydrateFallback: InitialLoading,
        ErrorBoundary: RootErrorBoundary,
        children: [
          {
            id: 'app',
            middleware: [requireSignedIn],
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
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { HomePage, homeAction, homeLoader } = await import('./routes/home');
                      return { loader: homeLoader, action: homeAction, Component: HomePage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { WorkspacePage, workspaceAction, workspaceLoader } = await import(
                        './routes/workspace'
                      );
                      return { loader: workspaceLoader, action: workspaceAction, Component: WorkspacePage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/cycles',
                    lazy: async () => {
                      const { CyclesPage, cyclesLoader } = await import('./routes/cycles');
                      return { loader: cyclesLoader, Component: CyclesPage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/cycles/new',
                    lazy: async () => {
                      const { NewCyclePage, newCycleAction, newCycleLoader, newCycleShouldRevalidate } =
                        await import('./routes/new-cycle');
                      return {
                        loader: newCycleLoader,
                        action: newCycleAction,
                        shouldRevalidate: newCycleShouldRevalidate,
                        Component: NewCyclePage,
                      };
                    },
                  },
                  {
                    path: 'cycles/:cycleId',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { CyclePage, cycleAction, cycleLoader } = await import('./routes/cycle');
                      return { loader: cycleLoader, action: cycleAction, Component: CyclePage };
                    },
                  },
                  {
                    path: 'cycles/:cycleId/plan',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { PlanPage, planAction, planLoader } = await import('./routes/plan');
                      return { loader: planLoader, action: planAction, Component: PlanPage };
                    },
                  },
                  {
                    path: 'cycles/:cycleId/practice',
                    lazy: async () => {
                      const { PracticePage, practiceAction, practiceLoader, practiceShouldRevalidate } =
                        await import('./routes/practice');
                      return {
                        loader: practiceLoader,
                        action: practiceAction,
                        shouldRevalidate: practiceShouldRevalidate,
                        Component: PracticePage,
                      };
                    },
                  },
                  {
                    path: 'cycles/:cycleId/progress',
                    lazy: async () => {
                      const { ProgressPage, progressLoader } = await import('./routes/progress');
                      return { loader: progressLoader, Component: ProgressPage };
                    },
                  },
                  {
                    path: 'cycles/:cycleId/report',
                    lazy: async () => {
                      const { ReportPage, reportLoader } = await import('./routes/report');
                      return { loader: reportLoader, Component: ReportPage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/relationships',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { RelationshipsPage, relationshipsAction, relationshipsLoader } = await import(
                        './routes/relationships'
                      );
                      return {
                        loader: relationshipsLoader,
                        action: relationshipsAction,
                        Component: RelationshipsPage,
                      };
                    },
                  },
                  {
                    path: 'rounds/:roundId',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { RoundPage, roundAction, roundLoader } = await import('./routes/round');
                      return { loader: roundLoader, action: roundAction, Component: RoundPage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/stakeholders',
                    lazy: async () => {
                      const {
                        StakeholdersPage,
                        stakeholdersAction,
                        stakeholdersLoader,
                        stakeholdersShouldRevalidate,
                      } = await import('./routes/stakeholders');
                      return {
                        loader: stakeholdersLoader,
                        action: stakeholdersAction,
                        shouldRevalidate: stakeholdersShouldRevalidate,
                        Component: StakeholdersPage,
                      };
                    },
                  },
                  {
                    path: 'account',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { AccountPage, accountAction, accountLoader } = await import('./routes/account');
                      return { loader: accountLoader, action: accountAction, Component: AccountPage };
                    },
                  },
                  {
                    path: 'account/integrations',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { IntegrationsPage, integrationsAction, integrationsLoader } = await import(
                        './routes/integrations'
                      );
                      return {
                        loader: integrationsLoader,
                        action: integrationsAction,
                        Component: IntegrationsPage,
                      };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/framework',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { FrameworkPage, frameworkAction, frameworkLoader } = await import(
                        './routes/framework'
                      );
                      return { loader: frameworkLoader, action: frameworkAction, Component: FrameworkPage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/audit',
                    lazy: async () => {
                      const { AuditPage, auditLoader } = await import('./routes/audit');
                      return { loader: auditLoader, Component: AuditPage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/programs',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { ProgramsPage, programsAction, programsLoader } = await import(
                        './routes/programs'
                      );
                      return { loader: programsLoader, action: programsAction, Component: ProgramsPage };
                    },
                  },
                  {
                    path: 'programs/:programId',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { ProgramPage, programAction, programLoader } = await import('./routes/program');
                      return { loader: programLoader, action: programAction, Component: ProgramPage };
                    },
                  },
                  {
                    path: 'programs/:programId/insight',
                    lazy: async () => {
                      const { ProgramInsightPage, programInsightLoader } = await import(
                        './routes/program-insight'
                      );
                      return { loader: programInsightLoader, Component: ProgramInsightPage };
                    },
                  },
                  {
                    path: 'workspaces/:workspaceId/coach',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { CoachPage, coachAction, coachLoader } = await import('./routes/coach');
                      return { loader: coachLoader, action: coachAction, Component: CoachPage };
                    },
                  },
                  {
                    path: 'coaching',
                    lazy: async () => {
                      const { CoachDashboardPage, coachDashboardLoader } = await import(
                        './routes/coach-dashboard'
                      );
                      return { loader: coachDashboardLoader, Component: CoachDashboardPage };
                    },
                  },
                  {
                    path: 'coaching/:coachingId',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { CoacheePage, coacheeAction, coacheeLoader } = await import('./routes/coachee');
                      return { loader: coacheeLoader, action: coacheeAction, Component: CoacheePage };
                    },
                  },
                  {
                    path: 'link-for-someone-else',
                    lazy: async () => ({
                      Component: (await import('./routes/link-for-someone-else')).LinkForSomeoneElsePage,
                    }),
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
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { SignInPage, signInAction, signInLoader } = await import('./routes/sign-in');
                      return { loader: signInLoader, action: signInAction, Component: SignInPage };
                    },
                  },
                  {
                    path: 'sign-up',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { SignUpPage, signUpAction, signUpLoader } = await import('./routes/sign-up');
                      return { loader: signUpLoader, action: signUpAction, Component: SignUpPage };
                    },
                  },
                  {
                    path: 'forgot-password',
                    lazy: async () => {
                      const { ForgotPasswordPage, forgotPasswordAction, forgotPasswordLoader } = await import(
                        './routes/forgot-password'
                      );
                      return {
                        loader: forgotPasswordLoader,
                        action: forgotPasswordAction,
                        Component: ForgotPasswordPage,
                      };
                    },
                  },
                  {
                    path: 'reset-password',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { ResetPasswordPage, resetPasswordAction, resetPasswordLoader } = await import(
                        './routes/reset-password'
                      );
                      return {
                        loader: resetPasswordLoader,
                        action: resetPasswordAction,
                        Component: ResetPasswordPage,
                      };
                    },
                  },
                  {
                    path: 'verify-email',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { VerifyEmailPage, verifyEmailAction, verifyEmailLoader } = await import(
                        './routes/verify-email'
                      );
                      return {
                        loader: verifyEmailLoader,
                        action: verifyEmailAction,
                        Component: VerifyEmailPage,
                      };
                    },
                  },
                  {
                    path: 'invitations/accept',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { AcceptInvitationPage, acceptInvitationAction, acceptInvitationLoader } =
                        await import('./routes/accept-invitation');
                      return {
                        loader: acceptInvitationLoader,
                        action: acceptInvitationAction,
                        Component: AcceptInvitationPage,
                      };
                    },
                  },
                  {
                    path: 'programs/accept',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { AcceptProgramPage, acceptProgramAction, acceptProgramLoader } = await import(
                        './routes/accept-program'
                      );
                      return {
                        loader: acceptProgramLoader,
                        action: acceptProgramAction,
                        Component: AcceptProgramPage,
                      };
                    },
                  },
                  {
                    path: 'coaching/accept',
                    shouldRevalidate: skipRevalidationAfterRefusal,
                    lazy: async () => {
                      const { CoachAcceptPage, coachAcceptAction, coachAcceptLoader } = await import(
                        './routes/coach-accept'
                      );
                      return {
                        loader: coachAcceptLoader,
                        action: coachAcceptAction,
                        Component: CoachAcceptPage,
                      };
                    },
                  },
                  { path: '*', Component: NotFoundPage },
                ],
              },
            ],
          },
          {
            // A stakeholder's page: no account, its own calm frame, its own errors. The server serves it
            // from its own small entry (answer.html); this route is for the development server.
            path: 'answer',
            ErrorBoundary: AnswerErrorBoundary,
            lazy: async () => ({ Component: (await import('./routes/answer')).AnswerPage }),
          },
          {
            // A first visit: what Feedforward is, a way to start and a way back in; its own open frame.
            path: landingPath,
            lazy: async () => {
              const { LandingPage, landingLoader } = await import('./routes/landing');
              return { loader: landingLoader, Component: LandingPage };
            },
          },
          { path: 'sign-out', loader: signOutLoader, action: signOutAction },
        ],
      },
    ],
    // Middleware lets the signed-in pages learn who is signed in once, before any of their loaders runs.
    { future: { v8_middleware: true } },
  );
}
