import { describe, expect, test } from 'vitest';
import { decodeQuotedPrintable, linkIn, parseMail } from './mail-message';

describe('reading mail the app sent', () => {
  test('quoted-printable soft line breaks and escapes are undone', () => {
    expect(decodeQuotedPrintable('http://localhost/reset-password#token=3Dab=\r\ncd caf=C3=A9')).toBe(
      'http://localhost/reset-password#token=abcd café',
    );
  });

  test('headers, an encoded subject and the plain-text body are read', () => {
    const raw = [
      'Content-Type: text/plain; charset=utf-8',
      'From: Feedforward <feedforward@localhost>',
      'Subject: =?UTF-8?Q?Jos=C3=A9_invited_you?=',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Open this link:',
      'http://localhost:4000/invitations/accept#token=3Dabc',
      '',
    ].join('\r\n');
    const mail = parseMail(raw, ['ken@example.com']);
    expect(mail.subject).toBe('José invited you');
    expect(linkIn(mail, '/invitations/accept')).toBe('http://localhost:4000/invitations/accept#token=abc');
  });
});
