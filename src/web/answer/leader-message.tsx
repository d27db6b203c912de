import { useAnswerLanguage } from './answer-language';

/**
 * The leader's own words and goal, kept short on the page: the questions are what the person came
 * for, so the goal waits one tap away rather than pushing the first question off a phone's screen.
 * Both are shown as the leader wrote them, whatever the page's language.
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
  const { t } = useAnswerLanguage();
  return (
    <section className="leader-message" aria-labelledby="message-heading">
      <h2 id="message-heading" className="visually-hidden">
        {t('message.heading', { leader: leaderName })}
      </h2>
      <blockquote className="quote">
        <p className="leader-words">{intro}</p>
        <footer>— {leaderName}</footer>
      </blockquote>
      <details className="goal-details">
        <summary className="disclosure-summary">{t('message.goal', { leader: leaderName })}</summary>
        <p className="goal-line">{goal}</p>
      </details>
    </section>
  );
}
