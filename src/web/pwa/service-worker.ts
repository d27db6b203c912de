/**
 * The leader app's service worker, built on its own to /sw.js (vite.config.ts) with the list of this
 * build's files. It opens the app without a network: the shell and built files come from the cache,
 * and the practice page's reads from the last copy kept (offline-requests.ts). It also shows Web Push
 * reminders (decision 0049). The stakeholder's answer page never registers it.
 */
import {
  cacheNames,
  endsSession,
  isAppNavigation,
  isBuiltAsset,
  keepsOfflineCopy,
  staleCaches,
} from './offline-requests';
import { notificationOf } from './push-notification';

declare const __PRECACHE__: string[];
declare const __BUILD_VERSION__: string;

// The project's TypeScript setup has the DOM library, not the WebWorker one: the few worker types used.
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & {
  request: Request;
  respondWith(response: Promise<Response>): void;
};
type PushEvent = ExtendableEvent & { data: { json(): unknown } | null };
type NotificationEvent = ExtendableEvent & { notification: Notification & { data: unknown } };
type WindowClient = { url: string; focus(): Promise<unknown>; navigate(url: string): Promise<unknown> };
type WorkerScope = {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
  skipWaiting(): Promise<void>;
  location: Location;
  registration: { showNotification(title: string, options: NotificationOptions): Promise<void> };
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window' }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<unknown>;
  };
};

const worker = self as unknown as WorkerScope;
const names = cacheNames(__BUILD_VERSION__);
const shellKey = '/';
const precached = new Set(__PRECACHE__);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(names.shell)
      .then((cache) => cache.addAll(__PRECACHE__))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((existing) =>
        Promise.all(staleCaches(existing, __BUILD_VERSION__).map((name) => caches.delete(name))),
      )
      .then(() => worker.clients.claim()),
  );
});

async function fromShell(request: Request | string): Promise<Response> {
  const cache = await caches.open(names.shell);
  const cached = await cache.match(request);
  return cached ?? fetch(request);
}

/** The network's answer while there is one; the cached app shell when there is none. */
async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const shell = await caches.open(names.shell).then((cache) => cache.match(shellKey));
    return shell ?? Response.error();
  }
}

/** Network first, keeping the last good answer; without a network, that answer. */
async function practiceRead(request: Request): Promise<Response> {
  const cache = await caches.open(names.data);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (endsSession(request.method, url.pathname)) {
    event.respondWith(caches.delete(names.data).then(() => fetch(request)));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    if (isAppNavigation(url.pathname)) event.respondWith(page(request));
    return;
  }
  if (isBuiltAsset(url.pathname) || precached.has(url.pathname)) {
    event.respondWith(fromShell(request));
    return;
  }
  if (keepsOfflineCopy(url.pathname)) event.respondWith(practiceRead(request));
});

worker.addEventListener('push', (event) => {
  const notification = notificationOf(event.data?.json(), worker.location.origin);
  if (!notification) return;
  event.waitUntil(
    worker.registration.showNotification(notification.title, {
      body: notification.body,
      icon: '/icons/icon-192.png',
      badge: '/icons/maskable-192.png',
      tag: notification.tag,
      data: { url: notification.url },
    }),
  );
});

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const { url } = (event.notification.data ?? {}) as { url?: string };
  const target = url ?? '/';
  event.waitUntil(
    worker.clients.matchAll({ type: 'window' }).then((windows) => {
      const open = windows[0];
      return open ? open.navigate(target).then(() => open.focus()) : worker.clients.openWindow(target);
    }),
  );
});
