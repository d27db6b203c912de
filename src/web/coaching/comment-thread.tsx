import { useEffect, useId } from 'react';
import type { CoachingComment } from '../../shared/coaching';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { formatDateTime } from '../format';
import { coachIntents } from './coaching-actions';
import { useCoachingText } from './coaching-text';

type Props = {
  coachingId: string;
  comments: CoachingComment[];
  /** Whose page this is: the author who is "you". */
  viewer: 'coach' | 'leader';
  /** The other party's name as the thread shows it. */
  otherName: string;
  /** Whether a new comment can be added (the consent is active). */
  open: boolean;
  headingLevel?: 'h2' | 'h3';
  /** A part of a larger card, or a card of its own. */
  frame?: 'subsection' | 'card';
};

/** The comments between a leader and their coach, oldest first, and a box to add one. */
export function CommentThread({
  coachingId,
  comments,
  viewer,
  otherName,
  open,
  headingLevel: Heading = 'h3',
  frame = 'subsection',
}: Props) {
  const t = useCoachingText();
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const headingId = useId();
  useEffect(() => {
    if (succeeded) form.current?.reset();
  }, [succeeded, form]);
  return (
    <section className={frame === 'card' ? 'card section' : 'subsection'} aria-labelledby={headingId}>
      <Heading id={headingId}>{t('comments.heading')}</Heading>
      {comments.length === 0 ? (
        <p className="muted">{t('comments.none')}</p>
      ) : (
        <ol className="comment-list" aria-label={t('comments.with', { name: otherName })}>
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment-meta">
                <strong>{comment.author === viewer ? t('comments.you') : otherName}</strong>{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              </p>
              <p className="comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <fetcher.Form method="post" noValidate ref={form} className="form">
          <input type="hidden" name="intent" value={coachIntents.comment} />
          <input type="hidden" name="coachingId" value={coachingId} />
          <FormAlert message={errors.formError} />
          <TextAreaField
            label={
              viewer === 'leader'
                ? t('comments.writeTo', { name: otherName })
                : t('comments.commentFor', { name: otherName })
            }
            name="body"
            rows={3}
            maxLength={2000}
            error={errors.fieldErrors.body}
          />
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('comments.sending')}>
              {t('comments.add')}
            </Button>
          </div>
          <StatusMessage message={succeeded} />
        </fetcher.Form>
      ) : (
        <p className="muted">{t('comments.ended')}</p>
      )}
    </section>
  );
}
