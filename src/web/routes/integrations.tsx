import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../components/document-title';
import { ApiTokensSection } from '../integrations/api-tokens-section';
import { CalendarFeedSection } from '../integrations/calendar-feed-section';
import { ChatWebhookSection } from '../integrations/chat-webhook-section';
import type { integrationsLoader } from '../integrations/integrations-actions';
import { useIntegrationsText } from '../integrations/integrations-text';
import { WebhooksSection } from '../integrations/webhooks-section';

export { integrationsAction, integrationsLoader } from '../integrations/integrations-actions';

export function IntegrationsPage() {
  const { tokens, webhooks, calendarFeed, chat } = useLoaderData<typeof integrationsLoader>();
  const t = useIntegrationsText();
  useDocumentTitle(t('page.title'));
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">
          <Link to="/account">{t('page.account')}</Link>
        </p>
        <h1>{t('page.title')}</h1>
        <p className="lead">{t('page.lead')}</p>
      </div>
      <CalendarFeedSection status={calendarFeed} />
      <ChatWebhookSection status={chat} />
      <ApiTokensSection list={tokens} />
      <WebhooksSection webhooks={webhooks} />
    </div>
  );
}
