import { useNavigation } from 'react-router';

/** A thin bar at the top while the next page loads, so a click never seems to do nothing. */
export function NavigationProgress() {
  const navigation = useNavigation();
  const busy = navigation.state === 'loading';
  return (
    <div className={busy ? 'navigation-progress is-active' : 'navigation-progress'} aria-hidden="true" />
  );
}
