import { describe, expect, test } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  test('an empty environment gives defaults that work', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.BASE_URL).toBe('http://localhost:3000');
    expect(config.DATABASE_URL).toBe('file:./data/feedforward.db');
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.TRUST_PROXY).toBe(0);
  });

  test('BASE_URL follows PORT unless set, and loses a trailing slash', () => {
    expect(loadConfig({ PORT: '8080' }).BASE_URL).toBe('http://localhost:8080');
    expect(loadConfig({ BASE_URL: 'https://ff.example.com/' }).BASE_URL).toBe('https://ff.example.com');
  });

  test('a bad value names the variable and what is expected', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: must be a port number/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must start with postgres:\/\//,
    );
    expect(() => loadConfig({ SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL: must look like smtp:\/\//);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO: must be true or false/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(
      /TRUST_PROXY: must be the number of reverse proxies/,
    );
    expect(() => loadConfig({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY: must be 0 or more/);
  });

  test('sign-up is open to any address unless the operator says otherwise', () => {
    expect(loadConfig({})).toMatchObject({ SIGNUP: 'open', SIGNUP_EMAIL_DOMAINS: [] });
    const restricted = loadConfig({
      SIGNUP: 'invite-only',
      SIGNUP_EMAIL_DOMAINS: ' Example.com, example.org ,',
    });
    expect(restricted).toMatchObject({
      SIGNUP: 'invite-only',
      SIGNUP_EMAIL_DOMAINS: ['example.com', 'example.org'],
    });
    expect(() => loadConfig({ SIGNUP: 'closed' })).toThrow(/SIGNUP: must be open, invite-only or off/);
    expect(() => loadConfig({ SIGNUP_EMAIL_DOMAINS: '@example.com' })).toThrow(
      /SIGNUP_EMAIL_DOMAINS.*must be domains separated by commas/,
    );
  });

  test('outgoing mail is capped at 500 an hour unless the operator sets another whole number', () => {
    expect(loadConfig({}).MAIL_MAX_PER_HOUR).toBe(500);
    expect(loadConfig({ MAIL_MAX_PER_HOUR: '40' }).MAIL_MAX_PER_HOUR).toBe(40);
    expect(() => loadConfig({ MAIL_MAX_PER_HOUR: '0' })).toThrow(/MAIL_MAX_PER_HOUR: must be at least 1/);
    expect(() => loadConfig({ MAIL_MAX_PER_HOUR: 'many' })).toThrow(
      /MAIL_MAX_PER_HOUR: must be the number of messages/,
    );
  });

  test('the demo is seeded by default only when BASE_URL is unset or loopback; an operator may still ask', () => {
    expect(loadConfig({}).SEED_DEMO).toBe(true);
    expect(loadConfig({ BASE_URL: 'http://127.0.0.1:8080' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ BASE_URL: 'https://ff.example.com' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ BASE_URL: 'http://ff.internal:3000' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ BASE_URL: 'https://ff.example.com', SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });

  test('empty variables count as unset', () => {
    expect(loadConfig({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });
});
