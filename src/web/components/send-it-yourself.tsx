import type { Delivery } from '../../shared/mail';
import { useCommonText } from '../i18n/common-text';
import { CopyButton } from './copy-button';

type Props = {
  delivery: Delivery;
  /** What is being sent: the sentences name it, each language in its own words and grammar. */
  kind: 'note' | 'message';
  /** The text to paste, exactly as Feedforward would have sent it. */
  text: string;
  headingLevel?: 'h3' | 'h4';
};

/**
 * Says what Feedforward really emailed and, for everyone it could not reach, offers the text to
 * copy. It stays on the page for as long as anyone is left to tell, not just after the click.
 */
export function SendItYourself({ delivery, kind, text, headingLevel: Heading = 'h3' }: Props) {
  const t = useCommonText();
  const { emailed, byHand, mailServer } = delivery;
  const names = byHand.join(', ');
  return (
    <>
      {emailed > 0 ? <p>{t('sendItYourself.emailed', { kind, count: emailed })}</p> : null}
      {byHand.length > 0 ? (
        <div className="callout">
          <Heading>{t('sendItYourself.heading')}</Heading>
          <p>
            {mailServer
              ? t('sendItYourself.noAddress', { count: byHand.length, names })
              : t('sendItYourself.noMailServer', { kind, names })}
          </p>
          <CopyButton
            text={text}
            label={t('sendItYourself.copy', { kind })}
            announcement={t('sendItYourself.copied', { kind })}
            fallback={t('sendItYourself.fallback', { kind })}
          />
        </div>
      ) : null}
    </>
  );
}
