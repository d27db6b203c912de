// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../components/document-title';
import { ApiTokensSection } from '../integrations/api-tokens-section';
import { CalendarFeedSection } from '../integrations/calendar-feed-section';
import { ChatWebhookSection } from '../integrations/chat-webhook-section';
import type { integrationsLoader } from '../integrations/integrations-actions';
import { WebhooksSection } from '../integrations/webhooks-section';

export { integrationsAction, integrationsLoader } from '../integrations/integrations-actions';

export function IntegrationsPage() {
  const { tokens, webhooks, calendarFeed, chat } = useLoaderData<typeof integrationsLoader>();
  useDocumentTitle('Calendar, chat and integrations');
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">
          <Link to="/account">Account</Link>
        </p>
        <h1>Calendar, chat and integrations</h1>
        <p className="lead">
          Your dates in your calendar, reminders where you are, your own data in your scripts.
        </p>
      </div>
      <CalendarFeedSection status={calendarFeed} />
      <ChatWebhookSection status={chat} />
      <ApiTokensSection list={tokens} />
      <WebhooksSection webhooks={webhooks} />
    </div>
  );
}
