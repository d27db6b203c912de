/**
 * What a push notification says (decision 0049). A notification shows on a lock screen, where anyone
 * near the phone reads it, and passes through the browser maker's push service: a fixed title, a
 * fixed sentence and a link into the app, never a behavior, note, score, goal or anyone's name.
 */
export type PushKind = 'daily-question' | 'test';

export type PushPayload = { title: string; body: string; url: string; tag: string };

const messages: Record<PushKind, { title: string; body: string }> = {
  'daily-question': {
    title: 'Your daily questions',
    body: 'A minute to score how hard you tried today.',
  },
  test: {
    title: 'Feedforward notifications are on',
    body: 'Your daily reminders will show up like this.',
  },
};

/** `path` is a page of the app (e.g. /cycles/…/practice); the device opens it on a tap. */
export function pushPayload(kind: PushKind, path: string): PushPayload {
  return { ...messages[kind], url: path, tag: kind };
}

/** The push service forgot this subscription (RFC 8030): it is deleted, never tried again. */
export const subscriptionGone = (status: number) => status === 404 || status === 410;

/** The contact push services get in the VAPID token: the operator's setting, else BASE_URL or MAIL_FROM. */
export function vapidSubjectOf(config: { VAPID_SUBJECT?: string; BASE_URL: string; MAIL_FROM: string }) {
  if (config.VAPID_SUBJECT) return config.VAPID_SUBJECT;
  if (config.BASE_URL.startsWith('https://')) return new URL(config.BASE_URL).origin;
  const address = /<([^>]+)>/.exec(config.MAIL_FROM)?.[1] ?? config.MAIL_FROM.trim();
  return `mailto:${address}`;
}
