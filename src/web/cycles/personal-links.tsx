import { useEffect, useId, useRef } from 'react';
import type { LinksToHandOut } from '../../shared/rounds';
import { CopyButton } from '../components/copy-button';
import { richText } from '../i18n/rich-text';
import { allMessagesAsList, mailtoHref, readyMessages } from '../rounds/ready-message';
import { inSentence, relationshipGroupLabel, useCyclesText } from './cycles-text';

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
  const t = useCyclesText();
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
      <p>{t('links.couldNotEmail', { count: links.length })}</p>
      <p className="links-warning">
        {richText(t('links.warning'), { strong: (chunk) => <strong>{chunk}</strong> })}
      </p>
      {links.length > 1 ? (
        <div className="button-row">
          <CopyButton
            text={allMessagesAsList(handOut)}
            label={t('links.copyAll')}
            announcement={t('links.copiedAll')}
            fallback={t('links.copyAllFallback')}
          />
        </div>
      ) : null}
      <ul className="link-list" aria-label={t('links.messagesToSend')}>
        {links.map((link) => {
          const message = messages.get(link.stakeholderId) ?? { subject: '', text: '' };
          return (
            <li key={link.stakeholderId} className="link-item ready-message">
              <h3 className="link-name">
                {link.name}{' '}
                <span className="muted">
                  {t('links.group', { group: inSentence(relationshipGroupLabel(link.relationshipGroup)) })}
                </span>
              </h3>
              <textarea
                className="link-message"
                readOnly
                rows={12}
                value={message.text}
                aria-label={t('links.messageFor', { name: link.name })}
                onFocus={(event) => event.currentTarget.select()}
              />
              <div className="button-row">
                <CopyButton
                  text={message.text}
                  label={richText(t('links.copy', { name: link.name }), {
                    hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
                  })}
                  announcement={t('links.copied', { name: link.name })}
                  fallback={t('links.copyFallback')}
                />
                {link.email ? (
                  <a className="button button-secondary" href={mailtoHref(link.email, message)}>
                    {richText(t('links.openEmail', { name: link.name }), {
                      hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
                    })}
                  </a>
                ) : (
                  <span className="muted">{t('links.noEmail')}</span>
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
