// i18n: not yet translated
import type { ProgramCoachOffer } from '../../shared/coaching';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { coachIntents } from './coaching-actions';

/**
 * A program's assigned coach, offered to an enrolled leader: being assigned grants nothing, and only
 * the leader's own click gives access.
 */
export function ProgramCoachOffers({ offers }: { offers: ProgramCoachOffer[] }) {
  const { fetcher, errors, succeeded } = useFormFetcher();
  if (offers.length === 0 && !succeeded) return null;
  return (
    <section className="card section" aria-labelledby="program-coach-heading">
      <h2 id="program-coach-heading">Your program's coach</h2>
      <FormAlert message={errors.formError} />
      <StatusMessage message={succeeded} />
      {offers.map((offer) => (
        <fetcher.Form key={offer.programId} method="post" className="form">
          <input type="hidden" name="intent" value={coachIntents.acceptProgramCoach} />
          <input type="hidden" name="programId" value={offer.programId} />
          <p>
            Your program, {offer.programName}, has a coach: <strong>{offer.coachName}</strong> (
            {offer.coachEmail}
            ). Give them access? They see nothing of yours until you do, and you can end it at any time.
          </p>
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Giving access…">
              Give {offer.coachName} access
            </Button>
          </div>
        </fetcher.Form>
      ))}
    </section>
  );
}
