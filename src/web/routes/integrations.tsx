import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../components/document-title';
import { ApiTokensSection } from '../integrations/api-tokens-section';
import type { integrationsLoader } from '../integrations/integrations-actions';
import { WebhooksSection } from '../integrations/webhooks-section';

export { integrationsAction, integrationsLoader } from '../integrations/integrations-actions';

export function IntegrationsPage() {
  const { tokens, webhooks } = useLoaderData<typeof integrationsLoader>();
  useDocumentTitle('API tokens and webhooks');
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">
          <Link to="/account">Account</Link>
        </p>
        <h1>API tokens and webhooks</h1>
        <p className="lead">Script your own data, and let other tools hear when something happens.</p>
      </div>
      <ApiTokensSection list={tokens} />
      <WebhooksSection webhooks={webhooks} />
    </div>
  );
}
