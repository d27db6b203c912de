import { Outlet } from 'react-router';
import { useFocusHeadingOnNavigate } from './focus-on-navigate';
import { NavigationProgress } from './navigation-progress';
import { SourceFooter } from './source-footer';

/** Around every page, signed in or not, so moving between the two frames behaves like any navigation. */
export function RootFrame() {
  useFocusHeadingOnNavigate();
  return (
    <>
      <NavigationProgress />
      <Outlet />
      <SourceFooter />
    </>
  );
}
