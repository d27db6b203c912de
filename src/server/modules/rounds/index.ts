// The rounds module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.

export { inboxKeyOf } from './invitation-inbox';
export { createReleasedViewCache } from './released-views';
export { openedRightAway } from './round-policy.usecases';
export { roundsRouteDocs } from './rounds.openapi';
export type { RoundRow } from './rounds.repository';
export { closeRound, openRound, requireOwnRound } from './rounds.usecases';
export { sendThankYou } from './thank-you.usecases';
