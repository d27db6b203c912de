import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { InvitationLink, LinksToHandOut } from '../../shared/rounds';
import type { Stakeholder } from '../../shared/stakeholders';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { SelectField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { inSentence, relationshipGroupLabel } from '../cycles/cycles-text';
import { PersonalLinks } from '../cycles/personal-links';
import { errorsOf } from '../forms';
import { type RoundActionResult, roundIntents } from './round-actions';
import { useRoundsText } from './rounds-text';

/** Someone forgotten can still be asked while the round is open; they get their group's link. */
export function AddStakeholderForm({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const t = useRoundsText();
  const fetcher = useFetcher<RoundActionResult>();
  const errors = errorsOf(fetcher.data);
  const done = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data : undefined;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  // Messages for the people added while on this page stay in view, even after a refused attempt.
  const [added, setAdded] = useState<LinksToHandOut>();
  const links: InvitationLink[] = added?.links ?? [];
  useEffect(() => {
    if (!done) return;
    form.current?.reset();
    const handOut = done.handOut;
    const [link] = handOut?.links ?? [];
    if (handOut && link)
      setAdded((shown) => ({
        ...handOut,
        links: [...(shown?.links ?? []).filter((item) => item.stakeholderId !== link.stakeholderId), link],
      }));
  }, [done]);

  return (
    <>
      <section className="card section" aria-labelledby="add-heading">
        <h2 id="add-heading">{t('add.heading')}</h2>
        {stakeholders.length === 0 ? (
          <p className="muted">{t('add.nobody')}</p>
        ) : (
          <fetcher.Form method="post" noValidate ref={form} className="form form-inline">
            <input type="hidden" name="intent" value={roundIntents.add} />
            <FormAlert message={errors.formError} />
            <SelectField
              label={t('add.stakeholder')}
              name="stakeholderId"
              defaultValue=""
              error={errors.fieldErrors.stakeholderId}
            >
              <option value="">{t('add.choose')}</option>
              {stakeholders.map((stakeholder) => (
                <option key={stakeholder.id} value={stakeholder.id}>
                  {t('add.option', {
                    name: stakeholder.name,
                    group: inSentence(relationshipGroupLabel(stakeholder.relationshipGroup)),
                  })}
                </option>
              ))}
            </SelectField>
            <Button
              type="submit"
              variant="secondary"
              busy={fetcher.state !== 'idle'}
              busyLabel={t('add.inviting')}
            >
              {t('add.invite')}
            </Button>
            <StatusMessage message={done?.message} />
          </fetcher.Form>
        )}
      </section>
      {added && links.length > 0 ? (
        <PersonalLinks
          handOut={added}
          title={
            links.length === 1
              ? t('add.messageFor', { name: links[0]?.name ?? '' })
              : t('add.messagesForAdded')
          }
        />
      ) : null}
    </>
  );
}
