import type { ProgramCoachOffer } from '../../shared/coaching';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { coachIntents } from './coaching-actions';
import { useCoachingText } from './coaching-text';

/**
 * A program's assigned coach, offered to an enrolled leader: being assigned grants nothing, and only
 * the leader's own click gives access.
 */
export function ProgramCoachOffers({ offers }: { offers: ProgramCoachOffer[] }) {
  const t = useCoachingText();
  const { fetcher, errors, succeeded } = useFormFetcher();
  if (offers.length === 0 && !succeeded) return null;
  return (
    <section className="card section" aria-labelledby="program-coach-heading">
      <h2 id="program-coach-heading">{t('offer.heading')}</h2>
      <FormAlert message={errors.formError} />
      <StatusMessage message={succeeded} />
      {offers.map((offer) => (
        <fetcher.Form key={offer.programId} method="post" className="form">
          <input type="hidden" name="intent" value={coachIntents.acceptProgramCoach} />
          <input type="hidden" name="programId" value={offer.programId} />
          <p>
            {richText(
              t('offer.text', {
                program: offer.programName,
                coach: offer.coachName,
                email: offer.coachEmail,
              }),
              { strong: (chunk) => <strong>{chunk}</strong> },
            )}
          </p>
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('offer.giving')}>
              {t('offer.give', { coach: offer.coachName })}
            </Button>
          </div>
        </fetcher.Form>
      ))}
    </section>
  );
}
