// i18n: not yet translated
import { useFetcher } from 'react-router';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { PersonalLinks } from '../cycles/personal-links';
import { errorsOf } from '../forms';
import { type RoundActionResult, roundIntents } from './round-actions';

/**
 * While the round is open the leader can get the messages with links again, at any time: each
 * group gets a fresh link and the earlier ones keep working, so nothing is lost by leaving the page.
 */
export function LinksAgainSection() {
  const fetcher = useFetcher<RoundActionResult>();
  const result = fetcher.data?.intent === roundIntents.linksAgain ? fetcher.data : undefined;
  const handOut = result?.ok ? result.handOut : undefined;
  const errors = errorsOf(result?.ok === false ? result : undefined);
  return (
    <>
      <section className="card section" aria-labelledby="links-again-heading">
        <h2 id="links-again-heading">Links to pass on</h2>
        <p>
          Lost the messages for the people you pass links to by hand? Get them again: each group gets a fresh
          link, and the links you already sent keep working until the round closes.
        </p>
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value={roundIntents.linksAgain} />
          <FormAlert message={errors.formError} />
          <Button
            type="submit"
            variant="secondary"
            busy={fetcher.state !== 'idle'}
            busyLabel="Getting the links…"
          >
            Get the links again
          </Button>
        </fetcher.Form>
      </section>
      {handOut && fetcher.state === 'idle' ? (
        handOut.links.length > 0 ? (
          <PersonalLinks handOut={handOut} title="Messages to send" />
        ) : (
          <section className="card section" aria-labelledby="links-none-heading" role="status">
            <h2 id="links-none-heading">No links to pass on</h2>
            <p>
              Everyone in this round was emailed a personal link by Feedforward; you have nothing to send.
            </p>
          </section>
        )
      ) : null}
    </>
  );
}
