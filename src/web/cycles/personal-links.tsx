// i18n: not yet translated
import { useEffect, useId, useRef } from 'react';
import { relationshipGroupLabels } from '../../shared/questions';
import type { LinksToHandOut } from '../../shared/rounds';
import { CopyButton } from '../components/copy-button';
import { allMessagesAsList, mailtoHref, readyMessages } from '../rounds/ready-message';

/**
 * Ready messages for the people Feedforward could not email, each with their group's link. The
 * panel takes focus so it is not missed; the links can be fetched again from the round's page.
 */
export function PersonalLinks({
  handOut,
  title,
  children,
}: {
  handOut: Omit<LinksToHandOut, 'roundId'>;
  title: string;
  children?: React.ReactNode;
}) {
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => {
    panel.current?.focus();
  }, []);
  const { links } = handOut;
  const messages = readyMessages(handOut);
  return (
    <section ref={panel} tabIndex={-1} className="card section links-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        Feedforward could not email {links.length === 1 ? 'this person' : 'these people'} (no email address,
        or no mail server), so send each one the message below yourself: by email, chat, or in person. Each
        message holds the link of the person's group, the same for everyone of that group, so it never tells
        you who answered.
      </p>
      <p className="links-warning">
        <strong>Send each link only to the people it is meant for.</strong> Anyone holding a link can answer
        once from each browser, until the round has as many answers as people you asked. Lost a message? The
        round's page gets you the links again while the round is open.
      </p>
      {links.length > 1 ? (
        <div className="button-row">
          <CopyButton
            text={allMessagesAsList(handOut)}
            label="Copy all messages as a list"
            announcement="All the messages are copied."
            fallback="Select each message and copy it yourself."
          />
        </div>
      ) : null}
      <ul className="link-list" aria-label="Messages to send">
        {links.map((link) => {
          const message = messages.get(link.stakeholderId) ?? { subject: '', text: '' };
          return (
            <li key={link.stakeholderId} className="link-item ready-message">
              <h3 className="link-name">
                {link.name}{' '}
                <span className="muted">
                  ({relationshipGroupLabels[link.relationshipGroup].toLowerCase()})
                </span>
              </h3>
              <textarea
                className="link-message"
                readOnly
                rows={12}
                value={message.text}
                aria-label={`Message for ${link.name}`}
                onFocus={(event) => event.currentTarget.select()}
              />
              <div className="button-row">
                <CopyButton
                  text={message.text}
                  label={
                    <>
                      Copy message<span className="visually-hidden"> for {link.name}</span>
                    </>
                  }
                  announcement={`Message for ${link.name} copied.`}
                  fallback="Select the message and copy it yourself."
                />
                {link.email ? (
                  <a className="button button-secondary" href={mailtoHref(link.email, message)}>
                    Open in my email<span className="visually-hidden"> to {link.name}</span>
                  </a>
                ) : (
                  <span className="muted">No email address: copy the message and send it your way.</span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {children}
    </section>
  );
}
