// The behavior quality check: a friendly second look at "When ‹situation›, I will ‹action›"
// before the leader commits to it. It looks for the four ways new managers' commitments
// usually go wrong, and for each one says why in a sentence and offers a better example.
// A classifier trained on labeled commitments (decision 0028) adds the flag the word patterns
// miss in wording they have never seen; the patterns still come first, because they can quote
// the exact phrase and fit their advice to it. Everything runs offline and synchronously.

import { commitmentFlagKinds } from '../../../shared/plans';
import { learnedFlag } from './commitment-quality.classifier';
import { learnedReason } from './commitment-quality.learned-reasons';
import { commitmentRules } from './commitment-quality.rules';
import type {
  CommitmentCheck,
  CommitmentDraft,
  CommitmentFlag,
  NormalizedCommitment,
} from './commitment-quality.types';

// A commitment is one sentence; reading only its start keeps the backtracking patterns fast
// however much text is pasted in.
const LONGEST_FIELD_READ = 500;

function plain(text: string): string {
  return text
    .slice(0, LONGEST_FIELD_READ)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\bi'll\b/g, 'i will')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/\b(do|does|did|is|are|should|would)n't\b/g, '$1 not')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!;,]+$/, '');
}

export function normalizeCommitment(draft: CommitmentDraft): NormalizedCommitment {
  let situation = plain(draft.situation).replace(/^(when|whenever|if)\s+/, '');
  let action = plain(draft.action);
  // People often type the whole sentence into the action box.
  const split = /^(?:when|whenever|if)\s+(.+?),?\s+i will\s+(.+)$/.exec(action);
  if (split?.[1] && split[2]) {
    situation = situation || split[1];
    action = split[2];
  }
  action = action.replace(/^(i will|will|i)\s+/, '');
  const frequency = plain(draft.frequency);
  return {
    situation,
    action,
    frequency,
    noticedBy: plain(draft.noticedBy),
    whole: `${situation} | ${action} | ${frequency}`,
  };
}

/** Quotes the phrase back as the leader typed it ("PR", not "pr") when it can be found. */
function inLeadersWords(phrase: string, draft: CommitmentDraft): string {
  for (const field of [draft.action, draft.situation, draft.frequency, draft.noticedBy]) {
    const text = field.slice(0, LONGEST_FIELD_READ).replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
    const at = text.toLowerCase().indexOf(phrase);
    const original = at >= 0 ? text.slice(at, at + phrase.length) : '';
    if (original.toLowerCase() === phrase) return original;
  }
  return phrase;
}

export function checkCommitment(draft: CommitmentDraft): CommitmentCheck {
  const commitment = normalizeCommitment(draft);
  const flags: CommitmentFlag[] = [];
  // One flag per kind: the first rule that fires explains it best, more would only nag.
  for (const kind of commitmentFlagKinds) {
    for (const rule of commitmentRules[kind]) {
      const phrase = rule.find(commitment);
      if (phrase === null) continue;
      flags.push({
        kind,
        reason: rule.reason(inLeadersWords(phrase, draft)),
        betterExample: rule.betterExample(commitment),
      });
      break;
    }
  }
  const learned = learnedFlag(draft);
  if (learned && !flags.some((flag) => flag.kind === learned.kind)) {
    flags.push(learnedReason(learned, draft, commitment));
    flags.sort((a, b) => commitmentFlagKinds.indexOf(a.kind) - commitmentFlagKinds.indexOf(b.kind));
  }
  return { flags };
}
