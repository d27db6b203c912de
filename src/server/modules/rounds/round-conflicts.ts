import { conflict } from '../../errors';

// Each refusal is given twice: by the check before the write, and by the database's unique index
// when two requests pass that check at once (migration 0007). Both must read the same.

export const roundAlreadyOpen = () =>
  conflict('round_already_open', 'This cycle already has an open round. Close it before opening another.');

export const alreadyInvited = (name: string) =>
  conflict('already_invited', `${name} is already invited to this round.`, 'stakeholderId');
