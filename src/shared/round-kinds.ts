/** The kinds of round a leader can open; apart from the schemas so the answer page can read them light. */
export const roundKinds = ['listening', 'pulse', 'mini_survey'] as const;
export type RoundKind = (typeof roundKinds)[number];
