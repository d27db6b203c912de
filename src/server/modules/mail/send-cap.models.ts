/** The clock hour (UTC) `now` falls in, as `2026-12-06T10`: the key of its count of sends. */
export function sendHourOf(now: Date): string {
  return now.toISOString().slice(0, 13);
}

/** When the hour after `now`'s begins: mail refused by this hour's cap waits until then. */
export function startOfNextHour(now: Date): Date {
  const next = new Date(now.getTime());
  next.setUTCMinutes(0, 0, 0);
  next.setUTCHours(next.getUTCHours() + 1);
  return next;
}
