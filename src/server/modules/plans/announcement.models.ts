import { commitmentSentence } from '../../../shared/commitment-sentence';

// The "tell" step: a first draft of the message a leader sends their team. It must read well enough
// to send unedited: warm, short, saying each thing once, and free of our own vocabulary (no
// "stakeholder", "feedforward", "competency", "cycle"). What people suggested is not summed up: the
// only summary at hand is a list of one-word topic labels ("plan", "team"), which reads as noise.

export type AnnouncementCommitment = { situation: string; action: string; noticedBy: string };

export type AnnouncementInput = {
  leaderName: string;
  goal: string;
  competencyName: string;
  commitments: readonly AnnouncementCommitment[];
};

export type AnnouncementDraft = { subject: string; body: string };

// A short message gets read; past a handful of behaviors it reads like a report.
const MAX_COMMITMENTS = 3;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withoutEndPunctuation(text: string): string {
  return tidy(text).replace(/[\s.!;:,]+$/, '');
}

function lowerFirst(text: string): string {
  // Keep "I" and acronyms such as "OKRs" or "PRs" as written.
  if (/^(I\b|[A-Z][A-Z0-9])/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Accepts "I want to get better at …", "get better at …" or just "…", and returns one sentence. */
function goalSentence(goal: string): string {
  const clause = withoutEndPunctuation(goal);
  if (clause === '') return '';
  if (/^(i|my|we|our)\b/i.test(clause)) return `${upperFirst(clause)}.`;
  if (/^(to\s+)?(get|become|be|grow|learn|improve|build|stop|start)\b/i.test(clause)) {
    return `I want to ${lowerFirst(clause.replace(/^to\s+/i, ''))}.`;
  }
  return `I want to get better at ${lowerFirst(clause)}.`;
}

/** Leaders write how "the team will notice"; the team reads it addressed to them. */
function noticeSentence(noticedBy: string): string {
  const notice = withoutEndPunctuation(noticedBy).replace(
    /^(they|the team|my team|people|my reports|others|everyone|you)\s*('ll|’ll| will)\s+/i,
    "you'll ",
  );
  if (notice === '') return '';
  return /^you\b/i.test(notice) ? `${upperFirst(notice)}.` : `How you'd notice: ${lowerFirst(notice)}.`;
}

/** The focus once: a goal that already names it ("…better at listening with empathy…") says it alone. */
function openingOf(focus: string, goal: string): string {
  if (goal === '') return `I'm working on becoming a better leader, and this time I'm focusing on ${focus}.`;
  if (goal.toLowerCase().includes(focus.toLowerCase()))
    return `I'm working on becoming a better leader. ${goal}`;
  return `I'm working on becoming a better leader, and this time I'm focusing on ${focus}. ${goal}`;
}

function commitmentLine({ situation, action, noticedBy }: AnnouncementCommitment): string {
  const line = `- ${commitmentSentence({ situation: tidy(situation), action: tidy(action) })}`;
  const notice = noticeSentence(noticedBy);
  return notice === '' ? line : `${line} ${notice}`;
}

export function draftAnnouncement(input: AnnouncementInput): AnnouncementDraft {
  const focus = lowerFirst(withoutEndPunctuation(input.competencyName));
  const commitments = input.commitments.filter((c) => tidy(c.situation) !== '' && tidy(c.action) !== '');
  const name = tidy(input.leaderName);

  const paragraphs = ['Hi everyone,', openingOf(focus, goalSentence(input.goal))];
  paragraphs.push(
    commitments.length > 0
      ? 'Thank you to everyone who shared suggestions with me. They helped me choose what to change.'
      : 'Thank you to everyone who shared suggestions with me.',
  );

  if (commitments.length > 0) {
    paragraphs.push(
      [
        "Here's what you'll see me do differently:",
        ...commitments.slice(0, MAX_COMMITMENTS).map(commitmentLine),
      ].join('\n'),
    );
  }

  paragraphs.push(
    "I'd really like your help. If you notice me slipping, tell me — a quick word is enough. " +
      "In a few weeks I'll ask you again what you've noticed and what I could do next.",
  );
  paragraphs.push(name === '' ? 'Thank you!' : `Thank you!\n${name}`);

  return {
    subject: `What I'm working on: ${focus}`,
    body: paragraphs.join('\n\n'),
  };
}
