import { z } from 'zod';
import { multiLineText } from './plain-text';
import { relationshipGroupSchema } from './questions';

export const maxNoteLength = 4000;

/** An empty note clears it. */
export const relationshipNoteSchema = z.object({
  note: multiLineText(
    'The note',
    z
      .string({ message: 'Write your note' })
      .trim()
      .max(maxNoteLength, { message: `Keep the note under ${maxNoteLength} characters` }),
  ),
});

/**
 * How a released round's stakeholders in this group see the leader. When the group was merged
 * with others to reach k, the figure is the merged set's (`groups` lists them all). It carries no
 * count: how many in a group rated would tell how many of the people the leader knows answered.
 */
const groupPerceptionSchema = z.object({
  /** Mean on the source round's scale: -3..+3 for a mini-survey, 1..5 for a listening round. */
  mean: z.number(),
  /** Share (0..1) at +1 or better; null for a listening round, whose scale has no "better". */
  shareImproved: z.number().nullable(),
  label: z.string(),
  groups: z.array(relationshipGroupSchema),
});
export type GroupPerception = z.infer<typeof groupPerceptionSchema>;

export const relationshipsMapSchema = z.object({
  /** The released round the colors come from; null when there is none yet. */
  source: z
    .object({
      roundId: z.string(),
      cycleId: z.string(),
      kind: z.enum(['mini_survey', 'listening']),
      closedAt: z.string(),
    })
    .nullable(),
  groups: z.array(
    z.object({
      group: relationshipGroupSchema,
      label: z.string(),
      stakeholders: z.array(z.object({ id: z.string(), name: z.string(), note: z.string().nullable() })),
      perceivedChange: groupPerceptionSchema.nullable(),
    }),
  ),
});
export type RelationshipsMap = z.infer<typeof relationshipsMapSchema>;

/** The note as kept: null when an empty note cleared it. */
export const relationshipNoteAnswerSchema = z.object({ note: z.string().nullable() });
