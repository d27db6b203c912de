import { useFetcher } from 'react-router';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { PersonalLinks } from '../cycles/personal-links';
import { errorsOf } from '../forms';
import { type RoundActionResult, roundIntents } from './round-actions';
import { useRoundsText } from './rounds-text';

/**
 * While the round is open the leader can get the messages with links again, at any time: each
 * group gets a fresh link and the earlier ones keep working, so nothing is lost by leaving the page.
 */
export function LinksAgainSection() {
  const t = useRoundsText();
  const fetcher = useFetcher<RoundActionResult>();
  const result = fetcher.data?.intent === roundIntents.linksAgain ? fetcher.data : undefined;
  const handOut = result?.ok ? result.handOut : undefined;
  const errors = errorsOf(result?.ok === false ? result : undefined);
  return (
    <>
      <section className="card section" aria-labelledby="links-again-heading">
        <h2 id="links-again-heading">{t('linksAgain.heading')}</h2>
        <p>{t('linksAgain.text')}</p>
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value={roundIntents.linksAgain} />
          <FormAlert message={errors.formError} />
          <Button
            type="submit"
            variant="secondary"
            busy={fetcher.state !== 'idle'}
            busyLabel={t('linksAgain.busy')}
          >
            {t('linksAgain.button')}
          </Button>
        </fetcher.Form>
      </section>
      {handOut && fetcher.state === 'idle' ? (
        handOut.links.length > 0 ? (
          <PersonalLinks handOut={handOut} title={t('linksAgain.messagesToSend')} />
        ) : (
          <section className="card section" aria-labelledby="links-none-heading" role="status">
            <h2 id="links-none-heading">{t('linksAgain.none')}</h2>
            <p>{t('linksAgain.noneText')}</p>
          </section>
        )
      ) : null}
    </>
  );
}
