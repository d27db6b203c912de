import { describe, expect, test } from 'vitest';
import { endsSession, isAppNavigation, keepsOfflineCopy, staleCaches } from './offline-requests';
import { notificationOf } from './push-notification';

describe('what the service worker answers offline', () => {
  test('leader pages open from the app shell; the answer page, short links and feeds are left to the server', () => {
    for (const path of ['/', '/cycles/c1/practice', '/account', '/workspaces/w1'])
      expect(isAppNavigation(path)).toBe(true);
    for (const path of [
      '/answer',
      '/a/token',
      '/calendar/ffc_x/feedforward.ics',
      '/source',
      '/healthz',
      '/api/x',
    ])
      expect(isAppNavigation(path)).toBe(false);
  });

  test('only the practice page reads keep a copy on the device', () => {
    for (const path of [
      '/api/auth/session',
      '/api/mail-setup',
      '/api/cycles/c1',
      '/api/workspaces/w1',
      '/api/cycles/c1/commitments',
      '/api/cycles/c1/checkins',
      '/api/cycles/c1/daily-reminder',
      '/api/push',
    ])
      expect(keepsOfflineCopy(path)).toBe(true);
    for (const path of [
      '/api/rounds/r1',
      '/api/cycles/c1/announcement',
      '/api/workspaces/w1/stakeholders',
      '/api/data-rights/export',
      '/api/cycles/c1/commitments/x',
    ])
      expect(keepsOfflineCopy(path)).toBe(false);
  });

  test('signing out clears the copies', () => {
    expect(endsSession('POST', '/api/auth/sign-out')).toBe(true);
    expect(endsSession('POST', '/api/auth/sign-out-everywhere')).toBe(true);
    expect(endsSession('GET', '/api/auth/sign-out')).toBe(false);
  });

  test("a new build deletes older builds' caches and nobody else's", () => {
    expect(
      staleCaches(
        ['feedforward-shell-old', 'feedforward-shell-new', 'feedforward-offline-data', 'other'],
        'new',
      ),
    ).toEqual(['feedforward-shell-old']);
  });
});

describe('a push message on the device', () => {
  const origin = 'https://ff.example';
  const good = {
    title: 'Your daily questions',
    body: 'A minute for today.',
    url: '/cycles/c1/practice',
    tag: 'd',
  };

  test('shows a title, a body and a link into this app', () => {
    expect(notificationOf(good, origin)).toEqual({ ...good, url: 'https://ff.example/cycles/c1/practice' });
  });

  test('a link to another site or a malformed message shows nothing', () => {
    expect(notificationOf({ ...good, url: 'https://evil.example/x' }, origin)).toBeUndefined();
    expect(notificationOf({ ...good, url: '//evil.example/x' }, origin)).toBeUndefined();
    expect(notificationOf({ ...good, title: '' }, origin)).toBeUndefined();
    expect(notificationOf('text', origin)).toBeUndefined();
    expect(notificationOf(null, origin)).toBeUndefined();
  });
});
