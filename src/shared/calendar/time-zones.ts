import { tz } from '@date-fns/tz';

/** Where a workspace or leader has not said otherwise. */
export const defaultTimeZone = 'UTC';

/** True for an IANA zone this runtime knows, e.g. Europe/Berlin. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone to count in: the given one when this runtime knows it, else UTC rather than failing. */
export function knownZone(timeZone: string | null | undefined): string {
  return timeZone && isTimeZone(timeZone) ? timeZone : defaultTimeZone;
}

/**
 * The zone a leader's calendar rules follow: the leader's own, or else their workspace's (decision 0032).
 */
export function leaderTimeZone(zones: { leader?: string | null; workspace?: string | null }): string {
  return knownZone(zones.leader && isTimeZone(zones.leader) ? zones.leader : zones.workspace);
}

/** A date-fns context that does its arithmetic on the zone's wall clock. */
export const inZone = (timeZone: string) => tz(knownZone(timeZone));
