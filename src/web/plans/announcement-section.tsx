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
import { richText } from '../i18n/rich-text';
import { type PlanActionResult, planIntents } from './plan-actions';
import type { AnnouncementDraft } from './plan-data';
import { usePlansText } from './plans-text';

type TellProps = {
  announcement: Announcement | null;
  draft: AnnouncementDraft;
  latestRound: RoundSummary | null;
  hasCommitments: boolean;
  emailCanBeSent: boolean;
};

/** Tell the team what you work on and ask for help: edit the draft, then send it or copy it. */
export function AnnouncementSection({
  announcement,
  draft,
  latestRound,
  hasCommitments,
  emailCanBeSent,
}: TellProps) {
  const t = usePlansText();
  const fetcher = useFetcher<PlanActionResult>();
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const sent = announcement?.sentAt ? announcement : null;
  return (
    <section className="card section" aria-labelledby="tell-heading">
      <h2 id="tell-heading">{t('tell.heading')}</h2>
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
  const t = usePlansText();
  const sent = announcement?.sentAt ? announcement : null;
  return (
    <section className="card section" aria-labelledby="tell-heading">
      <h2 id="tell-heading">{t(sent ? 'tell.historyHeading' : 'tell.historyHeadingNone')}</h2>
      {sent ? <SentAnnouncement announcement={sent} /> : <p>{t('tell.closedWithout')}</p>}
    </section>
  );
}

function SentAnnouncement({ announcement }: { announcement: Announcement }) {
  const t = usePlansText();
  return (
    <>
      <p>
        {richText(t('tell.toldOn', { date: formatDateTime(announcement.sentAt ?? announcement.createdAt) }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
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
  const t = usePlansText();
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
      <p>{t(hasCommitments ? 'tell.intro' : 'tell.introWriteFirst')}</p>
      <form noValidate ref={form} className="form" onSubmit={askToSend}>
        <FormAlert message={errors.formError} />
        <TextField
          label={t('tell.subject')}
          name="subject"
          value={subject}
          onChange={(event) => {
            setSubject(event.target.value);
            setEdited(true);
          }}
          error={errors.fieldErrors.subject}
        />
        <TextAreaField
          label={t('tell.message')}
          name="body"
          rows={14}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setEdited(true);
          }}
          error={errors.fieldErrors.body}
          hint={t('tell.messageHint')}
        />
        {stale ? (
          <p className="muted">
            {t('tell.stale')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setSubject(freshDraft.subject);
                setBody(freshDraft.body);
                setEdited(false);
              }}
            >
              {t('tell.freshDraft')}
            </button>
          </p>
        ) : null}
        <div className="form-actions">
          <Button
            type="submit"
            disabled={asked === 0}
            aria-describedby={asked === 0 ? 'tell-nobody' : undefined}
            busy={Boolean(sending)}
            busyLabel={t(emailCanBeSent ? 'tell.sending' : 'tell.saving')}
          >
            {t(emailCanBeSent ? 'tell.send' : 'tell.markTold')}
          </Button>
          <CopyButton
            text={`${subject}\n\n${body}`}
            label={t('tell.copy')}
            announcement={t('tell.copied')}
            fallback={t('tell.copyYourself')}
          />
          <Button
            variant="quiet"
            busy={fetcher.state !== 'idle' && !sending}
            busyLabel={t('tell.saving')}
            onClick={() => submit(false)}
          >
            {t('tell.saveDraft')}
          </Button>
        </div>
        {asked === 0 ? (
          <p id="tell-nobody" className="muted">
            {t('tell.nobody')}
          </p>
        ) : null}
        {emailCanBeSent ? null : <p className="muted">{t('tell.noMailServer')}</p>}
      </form>
      <ConfirmDialog
        open={confirming}
        title={emailCanBeSent ? t('tell.sendTitle', { count: asked }) : t('tell.markTitle')}
        confirmLabel={t(emailCanBeSent ? 'tell.sendConfirm' : 'tell.markTold')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          submit(true);
        }}
      >
        <p>{t(emailCanBeSent ? 'tell.sendText' : 'tell.markText', { subject, count: asked })}</p>
        <p>{t('tell.once')}</p>
      </ConfirmDialog>
    </>
  );
}
