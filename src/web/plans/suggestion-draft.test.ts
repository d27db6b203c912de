import { describe, expect, test } from 'vitest';
import { draftFromSuggestion, inLeaderVoice } from './suggestion-draft';

describe('starting a behavior from what someone suggested', () => {
  test('the polite wrapping goes and the idea stays, in the leader’s voice', () => {
    expect(
      draftFromSuggestion('In the future, could you summarize what you heard before you reply?'),
    ).toEqual({
      situation: '',
      action: 'summarize what I heard before I reply',
    });
    expect(draftFromSuggestion('Ask each of us what worries us about the project.')).toEqual({
      situation: '',
      action: 'ask each of them what worries them about the project',
    });
    expect(draftFromSuggestion('Maybe you could share your reasons for a decision.').action).toBe(
      'share my reasons for a decision',
    );
  });

  test('a "when" in the suggestion becomes the situation', () => {
    expect(
      draftFromSuggestion('When someone raises a problem, listen to the end before you answer.'),
    ).toEqual({
      situation: 'someone raises a problem',
      action: 'listen to the end before I answer',
    });
    expect(draftFromSuggestion('Put your laptop away when we talk to you.')).toEqual({
      situation: 'we talk to me',
      action: 'put my laptop away',
    });
  });

  test('only the first sentence is taken; the rest stays beside the form to read', () => {
    expect(
      draftFromSuggestion('Give us the reasons behind decisions. It would make a big difference!').action,
    ).toBe('give them the reasons behind decisions');
  });

  test('"you" becomes "I" as the one acting and "me" as the one acted on', () => {
    expect(inLeaderVoice('you ask before you tell')).toBe('I ask before I tell');
    expect(inLeaderVoice('people can tell you things and trust you with them')).toBe(
      'people can tell me things and trust me with them',
    );
    expect(inLeaderVoice("you're calm when you are busy and do it yourself")).toBe(
      "I'm calm when I am busy and do it myself",
    );
  });

  test('the writer’s own "I", "me" and "my" become the people around the leader, never the leader', () => {
    expect(inLeaderVoice('ask me how I am doing and what my week looks like')).toBe(
      'ask them how they are doing and what their week looks like',
    );
    expect(inLeaderVoice("check what I've tried myself before you step in")).toBe(
      "check what they've tried themselves before I step in",
    );
  });

  test('"them" and "their" about others are left as they are', () => {
    expect(inLeaderVoice('let them choose their own approach')).toBe('let them choose their own approach');
  });

  test('"us" who asked becomes "them" the leader lets finish', () => {
    expect(draftFromSuggestion('Let us finish explaining a problem before you propose a fix.').action).toBe(
      'let them finish explaining a problem before I propose a fix',
    );
  });

  test('a suggestion with nothing to unwrap is taken as it is', () => {
    expect(draftFromSuggestion('Hold a short retro after each release')).toEqual({
      situation: '',
      action: 'hold a short retro after each release',
    });
  });
});
