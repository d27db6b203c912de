/**
 * Started by the leader app (main.tsx), never by the stakeholder's answer page. Once the page has
 * loaded, so that it never competes with the first screen: registers the service worker, which keeps
 * this build's files for offline start, and sends check-ins made offline; again whenever the browser
 * is back online. Only a built app has /sw.js (Vite's dev server has none, so registering fails
 * there and nothing changes); without service workers the app simply needs the network, as before.
 */
export function startOfflineSupport() {
  // Loaded when needed: the first screen does not wait for the sync's code.
  const syncNow = () =>
    import('./checkin-sync').then((sync) => sync.syncWaitingCheckins()).catch(() => undefined);
  window.addEventListener('online', () => void syncNow());
  window.addEventListener('load', () => {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
      // On a first visit the page loaded before the worker: who is signed in is read once more
      // through it, so a check-in made after the network drops still knows whose it is.
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        void fetch('/api/auth/session', { credentials: 'same-origin' }).catch(() => undefined);
      });
    }
    void syncNow();
  });
}
