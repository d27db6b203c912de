// i18n: not yet translated
import type { Delivery } from '../../shared/mail';
import { CopyButton } from './copy-button';

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

type Props = {
  delivery: Delivery;
  /** What is being sent, as the sentences name it: "note", "message". */
  what: string;
  /** The text to paste, exactly as Feedforward would have sent it. */
  text: string;
  headingLevel?: 'h3' | 'h4';
};

/**
 * Says what Feedforward really emailed and, for everyone it could not reach, offers the text to
 * copy. It stays on the page for as long as anyone is left to tell, not just after the click.
 */
export function SendItYourself({ delivery, what, text, headingLevel: Heading = 'h3' }: Props) {
  const { emailed, byHand, mailServer } = delivery;
  return (
    <>
      {emailed > 0 ? (
        <p>
          Feedforward emailed the {what} to {people(emailed)}.
        </p>
      ) : null}
      {byHand.length > 0 ? (
        <div className="callout">
          <Heading>Send it yourself</Heading>
          <p>
            {mailServer
              ? `Feedforward has no email address for ${byHand.length === 1 ? 'this person' : 'these people'}`
              : `This Feedforward has no mail server, so it emailed the ${what} to nobody`}
            : send it yourself, by email or chat, to {byHand.join(', ')}.
          </p>
          <CopyButton
            text={text}
            label={`Copy the ${what}`}
            announcement={`The ${what} is copied to the clipboard.`}
            fallback={`Select the ${what} below and copy it yourself.`}
          />
        </div>
      ) : null}
    </>
  );
}
