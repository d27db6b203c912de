import { describe, expect, test } from 'vitest';
import type { LinksToHandOut } from '../../shared/rounds';
import { allMessagesAsList, mailtoHref, readyMessages } from './ready-message';

const handOut: LinksToHandOut = {
  roundId: 'r1',
  leaderName: 'Lee Leader',
  kind: 'pulse',
  closesOn: '2026-12-10',
  anonymityK: 3,
  answeringTime: 'About a minute',
  minutesToAnswer: 1,
  language: 'en',
  links: [
    {
      stakeholderId: 'a',
      name: 'Ada Report',
      email: 'ada@example.com',
      relationshipGroup: 'direct_report',
      url: 'http://x/a/team',
    },
    {
      stakeholderId: 'b',
      name: 'Ben Report',
      email: null,
      relationshipGroup: 'direct_report',
      url: 'http://x/a/team',
    },
    {
      stakeholderId: 'm',
      name: 'Max Manager',
      email: null,
      relationshipGroup: 'manager',
      url: 'http://x/a/boss',
    },
  ],
};

describe('ready messages for links passed on by hand', () => {
  test('each message greets the person and holds their group link, the closing day, the time it takes and the promise', () => {
    const ada = readyMessages(handOut).get('a')?.text ?? '';
    expect(ada).toMatch(/^Hi Ada,/);
    expect(ada).toContain('http://x/a/team');
    expect(ada).toContain('about a minute');
    expect(ada).toMatch(/open until \w+ 10 December|open until \w+, December 10/);
    expect(ada).toContain('I will see only how many people answered, never who');
    expect(ada).toContain('at least 3 people');
    expect(ada).toContain('I sent this same link to everyone on my team I asked');
    expect(ada).toMatch(/Lee$/);
  });

  test('a link shared by nobody else does not claim to be shared', () => {
    expect(readyMessages(handOut).get('m')?.text).not.toContain('same link');
  });

  test('the time it takes is the round’s own', () => {
    const longer = { ...handOut, answeringTime: 'About three minutes', minutesToAnswer: 3 };
    expect(readyMessages(longer).get('a')?.text).toContain('It takes about three minutes,');
  });

  test('the message speaks the round’s language, whatever the screens are in: without mail it is the invitation', () => {
    const french = readyMessages({ ...handOut, language: 'fr', minutesToAnswer: 2 }).get('a');
    expect(french?.subject).toBe('Accepteriez-vous de me donner anonymement quelques suggestions ?');
    expect(french?.text).toMatch(/^Bonjour Ada,/);
    expect(french?.text).toContain('environ deux minutes');
    expect(french?.text).toMatch(/jusqu’au \w+ 10 décembre/);
    expect(french?.text).toContain('au moins 3 personnes');
    expect(french?.text).toContain('J’ai envoyé ce même lien');
    const spanish = readyMessages({ ...handOut, language: 'es', minutesToAnswer: 7 }).get('m');
    expect(spanish?.text).toContain('Lleva unos 7 minutos');
    expect(spanish?.text).toContain('Por favor, responda una sola vez.');
  });

  test('copy all lists every message with whom it is for', () => {
    const all = allMessagesAsList(handOut);
    expect(all).toContain('To: Ada Report <ada@example.com>');
    expect(all).toContain('To: Ben Report\n');
    expect(all.match(/^Hi /gm)).toHaveLength(3);
  });

  test('the mailto link fills in the address, subject and body with CRLF line ends', () => {
    const message = readyMessages(handOut).get('a');
    const href = mailtoHref('ada@example.com', message as { subject: string; text: string });
    expect(href.startsWith('mailto:ada@example.com?subject=')).toBe(true);
    const body = new URL(href).searchParams.get('body') ?? '';
    expect(body.split('\r\n')[0]).toBe('Hi Ada,');
    expect(body).toContain('http://x/a/team');
  });
});
