import { describe, expect, test } from 'vitest';
import { type AnnouncementInput, draftAnnouncement } from './announcement.models';

const askFirst = {
  situation: 'someone brings me a problem',
  action: 'ask two open questions before suggesting anything',
  noticedBy: 'The team will see me ask before I suggest',
};

const priya: AnnouncementInput = {
  leaderName: 'Priya',
  goal: 'I want to get better at listening so that people bring me problems early',
  competencyName: 'Listening with empathy',
  commitments: [
    askFirst,
    {
      situation: 'When I make a decision that affects the team',
      action: 'I will post the decision and the reason in the team channel the same day.',
      noticedBy: 'a short post in #team after each decision',
    },
  ],
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('team announcement draft', () => {
  test('the subject names what the leader is working on in everyday words', () => {
    expect(draftAnnouncement(priya).subject).toBe("What I'm working on: listening with empathy");
  });

  test('says what the leader is working on and why, in their own goal', () => {
    const { body } = draftAnnouncement(priya);
    expect(body).toContain("I'm focusing on listening with empathy");
    expect(body).toContain('I want to get better at listening so that people bring me problems early.');
  });

  test('a goal written without "I want to" still reads as a sentence', () => {
    expect(draftAnnouncement({ ...priya, goal: 'get better at delegating.' }).body).toContain(
      'I want to get better at delegating.',
    );
    expect(draftAnnouncement({ ...priya, goal: 'Handing over whole outcomes' }).body).toContain(
      'I want to get better at handing over whole outcomes.',
    );
  });

  test('a goal that already names the focus says it once', () => {
    const { body } = draftAnnouncement({
      ...priya,
      goal: 'I want to get better at listening with empathy so that my team tells me about problems early.',
    });
    expect(body.match(/listening with empathy/g)).toHaveLength(1);
    expect(body).toContain(
      "I'm working on becoming a better leader. I want to get better at listening with empathy so that my team tells me about problems early.",
    );
  });

  test('thanks people without a list of topic labels, and quotes nobody', () => {
    const { body } = draftAnnouncement(priya);
    expect(body).toContain(
      'Thank you to everyone who shared suggestions with me. They helped me choose what to change.',
    );
    expect(body).not.toContain('The main things I heard');
    expect(body).not.toMatch(/["“”]/);
  });

  test('reads as a finished message: every line a sentence, no bullet of a single word', () => {
    const { body } = draftAnnouncement(priya);
    for (const line of body.split('\n').filter((text) => text.startsWith('- '))) {
      expect(line).toMatch(/^- When .+, I will .+\.( .+\.)?$/);
    }
    expect(body).not.toMatch(/^- \S+$/m);
  });

  test('each commitment reads once as "When …, I will …" however it was typed', () => {
    const { body } = draftAnnouncement(priya);
    expect(body).toContain(
      '- When someone brings me a problem, I will ask two open questions before suggesting anything.',
    );
    expect(body).toContain(
      '- When I make a decision that affects the team, I will post the decision and the reason in the team channel the same day.',
    );
    expect(body).not.toMatch(/When when|I will I will|\.\./i);
  });

  test('tells people how they will notice the change, addressed to them', () => {
    const { body } = draftAnnouncement(priya);
    expect(body).toContain("You'll see me ask before I suggest.");
    expect(body).toContain("How you'd notice: a short post in #team after each decision.");
  });

  test('asks for help and promises to ask again, without a date the schedule may not keep', () => {
    const { body } = draftAnnouncement(priya);
    expect(body).toContain('If you notice me slipping, tell me');
    expect(body).toContain("In a few weeks I'll ask you again");
  });

  test('is signed with the leader’s name', () => {
    expect(draftAnnouncement(priya).body.endsWith('Thank you!\nPriya')).toBe(true);
  });

  test('uses none of the product’s own vocabulary', () => {
    const { subject, body } = draftAnnouncement(priya);
    expect(`${subject}\n${body}`).not.toMatch(
      /stakeholder|feedforward|feed-forward|competenc|cycle|commitment|mini-survey|360/i,
    );
  });

  test('stays short even when many behaviors are passed in', () => {
    const many = draftAnnouncement({
      ...priya,
      commitments: Array.from({ length: 8 }, () => askFirst),
    });
    expect(many.body.match(/^- When /gm)).toHaveLength(3);
    expect(words(many.body)).toBeLessThan(250);
  });

  test('without behaviors it still thanks people and skips that part', () => {
    const { body } = draftAnnouncement({ ...priya, commitments: [] });
    expect(body).toContain('Thank you to everyone who shared suggestions with me.');
    expect(body).not.toContain('helped me choose');
    expect(body).not.toContain('do differently');
    expect(body).toContain('If you notice me slipping, tell me');
  });

  test('half-filled behaviors are left out rather than shown empty', () => {
    const { body } = draftAnnouncement({
      ...priya,
      commitments: [{ situation: ' ', action: 'ask more', noticedBy: '' }, askFirst],
    });
    expect(body).not.toMatch(/^- *$/m);
    expect(body.match(/^- When /gm)).toHaveLength(1);
  });
});
