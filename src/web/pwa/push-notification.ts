/**
 * What a push message turns into on the device. The server sends only a title, a generic body and a
 * path in this app (src/server/modules/push); anything else, or a link to another site, shows nothing.
 */
export type PushNotification = { title: string; body: string; url: string; tag: string };

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

export function notificationOf(data: unknown, origin: string): PushNotification | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { title, body, url, tag } = data as Record<string, unknown>;
  if (!text(title, 120) || !text(body, 300) || !text(url, 500) || !text(tag, 100)) return undefined;
  const target = new URL(url as string, origin);
  if (target.origin !== origin) return undefined;
  return { title: title as string, body: body as string, url: target.href, tag: tag as string };
}
