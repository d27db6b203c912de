import type { OutboxMessage } from '../../shared/workspaces';
import { CopyButton } from '../components/copy-button';
import { EmptyState } from '../components/empty-state';
import { formatDateTime } from '../format';
import { useWorkspaceText } from './workspace-text';

const statusKeys = {
  queued: 'outbox.status.queued',
  sent: 'outbox.status.sent',
  held: 'outbox.status.held',
  failed: 'outbox.status.failed',
} as const satisfies Record<OutboxMessage['status'], string>;

export function OutboxSection({ messages }: { messages: OutboxMessage[] }) {
  const t = useWorkspaceText();
  const held = messages.some((message) => message.status === 'held');
  return (
    <section className="card section" aria-labelledby="outbox-heading">
      <div className="section-heading">
        <h2 id="outbox-heading">{t('outbox.heading')}</h2>
        <span className="count">{messages.length}</span>
      </div>
      {held ? <p>{t('outbox.held')}</p> : <p className="muted">{t('outbox.intro')}</p>}
      {messages.length === 0 ? (
        <EmptyState title={t('outbox.emptyTitle')}>
          <p>{t('outbox.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="outbox-list" aria-label={t('outbox.heading')}>
          {messages.map((message) => (
            <OutboxItem key={message.id} message={message} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OutboxItem({ message }: { message: OutboxMessage }) {
  const t = useWorkspaceText();
  return (
    <li className="outbox-item">
      <div className="outbox-summary">
        <span className="outbox-subject">{message.subject}</span>
        <span className={`status status-${message.status}`}>{t(statusKeys[message.status])}</span>
      </div>
      <p className="outbox-meta">
        {t('outbox.meta', { to: message.to, when: formatDateTime(message.createdAt) })}
      </p>
      <details className="outbox-details">
        <summary>{t('outbox.show')}</summary>
        <pre className="outbox-body">{message.body}</pre>
        <CopyButton
          text={t('outbox.copyText', { to: message.to, subject: message.subject, body: message.body })}
          label={t('outbox.copy')}
          fallback={t('outbox.copyFallback')}
        />
      </details>
    </li>
  );
}
