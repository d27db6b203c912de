// i18n: not yet translated
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { RoundSummary } from '../../shared/cycles';
import type { Announcement } from '../../shared/plans';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyButton } from '../components/copy-button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextAreaField, TextField } from '../components/form-field';
import { SendItYourself } from '../components/send-it-yourself';
import { StatusMessage } from '../components/status-message';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { type PlanActionResult, planIntents } from './plan-actions';
import type { AnnouncementDraft } from './plan-data';

type TellProps = {
  announcement: Announcement | null;
  draft: AnnouncementDraft;
  latestRound: RoundSummary | null;
  hasCommitments: boolean;
  emailCanBeSent: boolean;
};

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/** Tell the team what you work on and ask for help: edit the draft, then send it or copy it. */
export function AnnouncementSection({
  announcement,
  draft,
  latestRound,
  hasCommitments,
  emailCanBeSent,
}: TellProps) {
  const fetcher = useFetcher<PlanActionResult>();
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const sent = announcement?.sentAt ? announcement : null;
  return (
    <section className="card section" aria-labelledby="tell-heading">
      <h2 id="tell-heading">Tell your team</h2>
      <StatusMessage message={result?.ok ? result.message : undefined} />
      {sent ? (
        <SentAnnouncement announcement={sent} />
      ) : (
        <AnnouncementForm
          key={announcement?.id ?? 'draft'}
          initial={announcement ?? draft}
          freshDraft={draft}
          latestRound={latestRound}
          hasCommitments={hasCommitments}
          emailCanBeSent={emailCanBeSent}
          fetcher={fetcher}
        />
      )}
    </section>
  );
}

/** A closed cycle's message to the team: what went out, if anything did. Nothing can be sent now. */
export function AnnouncementHistory({ announcement }: { announcement: Announcement | null }) {
  const sent = announcement?.sentAt ? announcement : null;
  return (
    <section className="card section" aria-labelledby="tell-heading">
      <h2 id="tell-heading">{sent ? 'What you told your team' : 'Telling your team'}</h2>
      {sent ? (
        <SentAnnouncement announcement={sent} />
      ) : (
        <p>This cycle closed without a message to your team from Feedforward.</p>
      )}
    </section>
  );
}

function SentAnnouncement({ announcement }: { announcement: Announcement }) {
  return (
    <>
      <p>
        You told your team on <strong>{formatDateTime(announcement.sentAt ?? announcement.createdAt)}</strong>
        .
      </p>
      {announcement.delivery ? (
        <SendItYourself
          delivery={announcement.delivery}
          kind="message"
          text={`${announcement.subject}\n\n${announcement.body}`}
        />
      ) : null}
      <div className="sent-message">
        <p className="sent-subject">{announcement.subject}</p>
        <p className="prose">{announcement.body}</p>
      </div>
    </>
  );
}

type FormProps = {
  initial: AnnouncementDraft;
  freshDraft: AnnouncementDraft;
  latestRound: RoundSummary | null;
  hasCommitments: boolean;
  emailCanBeSent: boolean;
  fetcher: ReturnType<typeof useFetcher<PlanActionResult>>;
};

function AnnouncementForm(props: FormProps) {
  const { initial, freshDraft, latestRound, hasCommitments, emailCanBeSent, fetcher } = props;
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  const [confirming, setConfirming] = useState(false);
  // An untouched draft follows the behaviors as they change; an edited one is the leader's, and a
  // fresh draft is only offered.
  const [edited, setEdited] = useState(initial !== freshDraft);
  const [draftAtStart, setDraftAtStart] = useState(freshDraft.body);
  useEffect(() => {
    if (edited) return;
    setSubject(freshDraft.subject);
    setBody(freshDraft.body);
    setDraftAtStart(freshDraft.body);
  }, [edited, freshDraft]);
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, result?.ok === false ? result : undefined);
  const asked = latestRound?.invitedCount ?? 0;
  const stale = freshDraft.body !== draftAtStart && freshDraft.body !== body;
  const sending = fetcher.state !== 'idle' && (fetcher.json as { send?: boolean } | undefined)?.send;

  const submit = (send: boolean) =>
    fetcher.submit(
      { intent: planIntents.announce, subject, body, send },
      { method: 'post', encType: 'application/json' },
    );

  function askToSend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConfirming(true);
  }

  return (
    <>
      <p>
        Say what you are working on, what people will see you do differently, and ask for their help. It shows
        you take their suggestions seriously, and makes the change easier to notice.
        {hasCommitments ? '' : ' Write your behaviors first: the draft lists them.'}
      </p>
      <form noValidate ref={form} className="form" onSubmit={askToSend}>
        <FormAlert message={errors.formError} />
        <TextField
          label="Subject"
          name="subject"
          value={subject}
          onChange={(event) => {
            setSubject(event.target.value);
            setEdited(true);
          }}
          error={errors.fieldErrors.subject}
        />
        <TextAreaField
          label="Message"
          name="body"
          rows={14}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setEdited(true);
          }}
          error={errors.fieldErrors.body}
          hint="A draft from your goal, the themes people raised (never their words) and your behaviors. Make it sound like you."
        />
        {stale ? (
          <p className="muted">
            Your behaviors changed since this draft.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setSubject(freshDraft.subject);
                setBody(freshDraft.body);
                setEdited(false);
              }}
            >
              Start again from a fresh draft
            </button>
          </p>
        ) : null}
        <div className="form-actions">
          <Button
            type="submit"
            disabled={asked === 0}
            aria-describedby={asked === 0 ? 'tell-nobody' : undefined}
            busy={Boolean(sending)}
            busyLabel={emailCanBeSent ? 'Sending…' : 'Saving…'}
          >
            {emailCanBeSent ? 'Send to my stakeholders' : 'Mark as told'}
          </Button>
          <CopyButton
            text={`${subject}\n\n${body}`}
            label="Copy"
            announcement="The subject and message are copied to the clipboard."
            fallback="Select the subject and message and copy them yourself."
          />
          <Button
            variant="quiet"
            busy={fetcher.state !== 'idle' && !sending}
            busyLabel="Saving…"
            onClick={() => submit(false)}
          >
            Save draft
          </Button>
        </div>
        {asked === 0 ? (
          <p id="tell-nobody" className="muted">
            Nobody to tell yet: the message goes to the people you asked for input. You can copy it and send
            it yourself.
          </p>
        ) : null}
        {emailCanBeSent ? null : (
          <p className="muted">
            This Feedforward has no mail server, so it cannot email your team. Copy the message and send it
            yourself, by email or chat; then mark it as told. It stays here to copy again.
          </p>
        )}
      </form>
      <ConfirmDialog
        open={confirming}
        title={emailCanBeSent ? `Send to ${people(asked)}?` : 'Mark your message as told?'}
        confirmLabel={emailCanBeSent ? 'Send' : 'Mark as told'}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          submit(true);
        }}
      >
        {emailCanBeSent ? (
          <p>
            Feedforward emails “{subject}” to the {people(asked)} you asked in your latest round. Anyone
            without an email address is listed afterwards, for you to tell yourself.
          </p>
        ) : (
          <p>
            This Feedforward has no mail server, so it emails nobody. Send “{subject}” yourself to the{' '}
            {people(asked)} you asked in your latest round; the message stays on this page to copy.
          </p>
        )}
        <p>You tell your team once: after this, the message is kept as it is.</p>
      </ConfirmDialog>
    </>
  );
}
