import { expect, test } from 'vitest';
import { chatServiceOfHost } from './chat.models';

test('Slack, Teams connectors and Power Automate hosts are known; look-alikes are not', () => {
  expect(chatServiceOfHost('hooks.slack.com')).toBe('slack');
  expect(chatServiceOfHost('contoso.webhook.office.com')).toBe('teams');
  expect(chatServiceOfHost('prod-12.westeurope.logic.azure.com')).toBe('teams');
  expect(chatServiceOfHost('default123.ab.environment.api.powerplatform.com')).toBe('teams');
  expect(chatServiceOfHost('hooks.slack.com.evil.example')).toBeNull();
  expect(chatServiceOfHost('webhook.office.com.evil.example')).toBeNull();
  expect(chatServiceOfHost('evilwebhook.office.com')).toBeNull();
});
