/**
 * The leader's own words and goal, kept short on the page: the questions are what the person came
 * for, so the goal waits one tap away rather than pushing the first question off a phone's screen.
 */
export function LeaderMessage({
  leaderName,
  intro,
  goal,
}: {
  leaderName: string;
  intro: string;
  goal: string;
}) {
  return (
    <section className="leader-message" aria-labelledby="message-heading">
      <h2 id="message-heading" className="visually-hidden">
        A message from {leaderName}
      </h2>
      <blockquote className="quote">
        <p className="leader-words">{intro}</p>
        <footer>— {leaderName}</footer>
      </blockquote>
      <details className="goal-details">
        <summary className="disclosure-summary">{leaderName}’s goal</summary>
        <p className="goal-line">{goal}</p>
      </details>
    </section>
  );
}
