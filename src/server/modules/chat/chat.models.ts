// Which chat services a leader may point reminders at, and what a message says there. Pure: the
// messages hold a fixed sentence and a link, never an answer, a behavior or a stakeholder's name.

import type { ChatService } from '../../../shared/chat';

/**
 * Slack incoming webhooks, Teams incoming webhooks (Office 365 connectors) and Teams workflows
 * (Power Automate / Logic Apps "when a webhook request is received"). Nothing else: a leader's
 * pasted URL must not turn the server into a way to POST anywhere.
 */
export function chatServiceOfHost(host: string): ChatService | null {
  const name = host.toLowerCase();
  if (name === 'hooks.slack.com') return 'slack';
  const teamsSuffixes = ['.webhook.office.com', '.logic.azure.com', '.api.powerplatform.com'];
  if (teamsSuffixes.some((suffix) => name.endsWith(suffix))) return 'teams';
  return null;
}

export type ChatMessageKind = 'daily-question' | 'mini-survey-due' | 'test';

const sentences: Record<ChatMessageKind, string> = {
  'daily-question': 'Time for your daily questions in Feedforward: score today’s effort in under a minute.',
  'mini-survey-due': 'Your Feedforward mini-survey is due: ask your stakeholders whether they see a change.',
  test: 'Feedforward can post here. Your daily questions and follow-up reminders will arrive in this channel.',
};

/** The JSON body each service expects: Slack's `text` (with its link syntax), a Teams Adaptive Card. */
export function chatMessageBody(service: ChatService, kind: ChatMessageKind, link: string): string {
  const text = sentences[kind];
  if (service === 'slack') return JSON.stringify({ text: `${text} <${link}|Open Feedforward>` });
  return JSON.stringify({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text, wrap: true }],
          actions: [{ type: 'Action.OpenUrl', title: 'Open Feedforward', url: link }],
        },
      },
    ],
  });
}
