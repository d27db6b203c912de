const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Dates come from the API as ISO strings and are shown in the reader's own locale and time zone. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));

/** "6 Dec 2026" when both ends fall on one day, else "6–9 Dec 2026": a one-day range is one date. */
export const formatDateRange = (fromIso: string, toIso: string) =>
  date.formatRange(new Date(fromIso), new Date(toIso));
