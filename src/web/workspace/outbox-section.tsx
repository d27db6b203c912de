// i18n: not yet translated
import type { OutboxMessage } from '../../shared/workspaces';
import { CopyButton } from '../components/copy-button';
import { EmptyState } from '../components/empty-state';
import { formatDateTime } from '../format';

const statusLabels: Record<OutboxMessage['status'], string> = {
  queued: 'Sending',
  sent: 'Sent',
  held: 'Held — send it yourself',
  failed: 'Failed',
};

export function OutboxSection({ messages }: { messages: OutboxMessage[] }) {
  const held = messages.some((message) => message.status === 'held');
  return (
    <section className="card section" aria-labelledby="outbox-heading">
      <div className="section-heading">
        <h2 id="outbox-heading">Outgoing email</h2>
        <span className="count">{messages.length}</span>
      </div>
      {held ? (
        <p>
          No mail server is configured, so Feedforward keeps these messages here instead of sending them. Copy
          each one and send it from your own email; the links in them work as usual.
        </p>
      ) : (
        <p className="muted">Invitations to join this workspace, newest first.</p>
      )}
      {messages.length === 0 ? (
        <EmptyState title="No email yet">
          <p>Invitations you send will be listed here.</p>
        </EmptyState>
      ) : (
        <ul className="outbox-list" aria-label="Outgoing email">
          {messages.map((message) => (
            <OutboxItem key={message.id} message={message} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OutboxItem({ message }: { message: OutboxMessage }) {
  return (
    <li className="outbox-item">
      <div className="outbox-summary">
        <span className="outbox-subject">{message.subject}</span>
        <span className={`status status-${message.status}`}>{statusLabels[message.status]}</span>
      </div>
      <p className="outbox-meta">
        To {message.to} · {formatDateTime(message.createdAt)}
      </p>
      <details className="outbox-details">
        <summary>Show message</summary>
        <pre className="outbox-body">{message.body}</pre>
        <CopyButton
          text={`To: ${message.to}\nSubject: ${message.subject}\n\n${message.body}`}
          label="Copy message"
          fallback="Select the text above to copy it."
        />
      </details>
    </li>
  );
}
