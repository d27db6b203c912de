import { z } from 'zod';
import { multiLineText } from './plain-text';
import type { RelationshipGroup } from './questions';

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
export type GroupPerception = {
  /** Mean on the source round's scale: -3..+3 for a mini-survey, 1..5 for a listening round. */
  mean: number;
  /** Share (0..1) at +1 or better; null for a listening round, whose scale has no "better". */
  shareImproved: number | null;
  label: string;
  groups: RelationshipGroup[];
};

export type RelationshipsMap = {
  /** The released round the colors come from; null when there is none yet. */
  source: { roundId: string; cycleId: string; kind: 'mini_survey' | 'listening'; closedAt: string } | null;
  groups: {
    group: RelationshipGroup;
    label: string;
    stakeholders: { id: string; name: string; note: string | null }[];
    perceivedChange: GroupPerception | null;
  }[];
};
