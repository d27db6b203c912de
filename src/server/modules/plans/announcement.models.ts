// The "tell" step: a first draft of the message a leader sends their team. The leader edits it
// before sending; the draft only has to be warm, short, and free of our own vocabulary
// (no "stakeholder", "feedforward", "competency", "cycle").

export type AnnouncementCommitment = { situation: string; action: string; noticedBy: string };

export type AnnouncementInput = {
  leaderName: string;
  goal: string;
  competencyName: string;
  heardThemes: readonly string[];
  commitments: readonly AnnouncementCommitment[];
};

export type AnnouncementDraft = { subject: string; body: string };

// A short message gets read; past a handful of themes or behaviors it reads like a report.
const MAX_THEMES = 4;
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

/** Themes are summaries, so quote marks around them would wrongly suggest someone's words. */
function asTheme(theme: string): string {
  return withoutEndPunctuation(theme.replace(/["“”„«»]/g, '').replace(/^['‘’]+|['‘’]+$/g, ''));
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

function commitmentLine({ situation, action, noticedBy }: AnnouncementCommitment): string {
  const when = lowerFirst(withoutEndPunctuation(situation).replace(/^(when|whenever)\s+/i, ''));
  const will = lowerFirst(withoutEndPunctuation(action).replace(/^(i\s+will|i'll|i’ll|will)\s+/i, ''));
  const line = `- When ${when}, I will ${will}.`;
  const notice = noticeSentence(noticedBy);
  return notice === '' ? line : `${line} ${notice}`;
}

export function draftAnnouncement(input: AnnouncementInput): AnnouncementDraft {
  const focus = lowerFirst(withoutEndPunctuation(input.competencyName));
  const themes = input.heardThemes.map(asTheme).filter((theme) => theme !== '');
  const commitments = input.commitments.filter((c) => tidy(c.situation) !== '' && tidy(c.action) !== '');
  const name = tidy(input.leaderName);

  const opening = [`I'm working on becoming a better leader, and this time I'm focusing on ${focus}.`];
  const goal = goalSentence(input.goal);
  if (goal !== '') opening.push(goal);

  const paragraphs = ['Hi everyone,', opening.join(' ')];

  if (themes.length > 0) {
    paragraphs.push(
      [
        'Thank you to everyone who shared suggestions. The main things I heard were:',
        ...themes.slice(0, MAX_THEMES).map((theme) => `- ${lowerFirst(theme)}`),
      ].join('\n'),
    );
  } else {
    paragraphs.push('Thank you to everyone who shared suggestions with me.');
  }

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
      "In a month I'll ask you again what you've noticed and what I could do next.",
  );
  paragraphs.push(name === '' ? 'Thank you!' : `Thank you!\n${name}`);

  return {
    subject: `What I'm working on: ${focus}`,
    body: paragraphs.join('\n\n'),
  };
}
