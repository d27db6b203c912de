import { tz } from '@date-fns/tz';

/** Where a workspace or leader has not said otherwise. */
export const defaultTimeZone = 'UTC';

/**
 * Zones found valid, so each is checked once per process: building an Intl.DateTimeFormat costs
 * tens of microseconds, and the follow-up job asks for every cycle (decision 0051). Only valid
 * names are kept, and at most 1,000 of them (Intl also takes other spellings of each zone).
 */
const knownValid = new Set<string>();

/** True for an IANA zone this runtime knows, e.g. Europe/Berlin. */
export function isTimeZone(timeZone: string): boolean {
  if (knownValid.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    if (knownValid.size < 1_000) knownValid.add(timeZone);
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
