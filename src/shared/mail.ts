import { z } from 'zod';

/**
 * Whether this Feedforward can email anyone: only with SMTP_URL set. Screens read it before they
 * promise an email, so nothing says "sent" or "check your inbox" where no message can go.
 */
export const mailSetupSchema = z.object({ emailCanBeSent: z.boolean() });
export type MailSetup = z.infer<typeof mailSetupSchema>;

/**
 * What became of one message to the people a leader asked (a thank-you note, an announcement):
 * how many Feedforward emailed, and whom the leader has to tell themselves. `mailServer` false
 * means nothing could be emailed at all; true with names in `byHand` means those have no address.
 */
export const deliverySchema = z.object({
  emailed: z.number().int().min(0),
  byHand: z.array(z.string()),
  mailServer: z.boolean(),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** A password-reset request: emailed, or held on the server for whoever runs it (no SMTP). */
export const passwordResetRequestedSchema = z.object({
  message: z.string(),
  delivery: z.enum(['email', 'held']),
});
export type PasswordResetRequested = z.infer<typeof passwordResetRequestedSchema>;

/** A workspace invitation: emailed, or held in the workspace's outbox for its admins to send. */
export const memberInvitedSchema = z.object({ delivery: z.enum(['email', 'held']) });
export type MemberInvited = z.infer<typeof memberInvitedSchema>;

/** The thank-you note of a round as it was saved, with what became of it; null until thanked. */
const thankYouNoteSchema = z.object({
  note: z.string(),
  thankedAt: z.string(),
  delivery: deliverySchema,
});
export type ThankYouNote = z.infer<typeof thankYouNoteSchema>;

/** The answer of GET /api/rounds/:roundId/thank-you: null until the note is sent. */
/** The answer of POST /api/rounds/:roundId/thank-you: who was emailed and who is to be told by hand. */
export const thankYouSentSchema = z.object({ delivery: deliverySchema });

export const thankYouAnswerSchema = z.object({ thankYou: thankYouNoteSchema.nullable() });
