import type { LinkDelivery } from '../../shared/answer-page';

/**
 * Before anyone sends their answers, how their link reached them and what that means (decision
 * 0019): a mailed link is theirs alone; a link passed on by hand is shared by their group, so it
 * cannot name them. It sits just above "Send my answers", so a phone still shows the first question
 * on its first screen.
 */
export function LinkDeliveryNote({ delivery, leaderName }: { delivery: LinkDelivery; leaderName: string }) {
  return (
    <section className="link-delivery" aria-label="How this link reached you">
      {delivery === 'mailed' ? (
        <p>Feedforward emailed this link to you alone; {leaderName} never saw it. It works once.</p>
      ) : (
        <p>
          {leaderName} sent this same link to everyone in your group they asked, so it does not say who you
          are; {leaderName} sees only how many answered, never who. Please answer once.
        </p>
      )}
    </section>
  );
}
