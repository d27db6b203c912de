// Elapsed durations, for lifetimes that are not calendar rules (a session, a link, a kept row):
// "14 days" here means 14 × 24 hours, whatever a time zone does meanwhile. Calendar rules (a
// round's closing day, a due date) go through calendar-days.ts instead.

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;
