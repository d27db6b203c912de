import { formatDay } from '../cycles/day';

/**
 * Shown before any question: the promise that protects the person answering, in one sentence, and
 * the four ground rules of giving suggestions, one tap away so a phone shows the first question.
 */
export function GroundRules({
  leaderName,
  closesOn,
  anonymityK,
}: {
  leaderName: string;
  closesOn: string;
  anonymityK: number;
}) {
  return (
    <section className="ground-rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading" className="visually-hidden">
        Before you start
      </h2>
      <p className="promise">
        <strong>Your answers are anonymous.</strong> {leaderName} sees only combined results from at least{' '}
        {anonymityK} people.
      </p>
      <details className="rules-details">
        <summary className="disclosure-summary rules-summary">
          <strong>Four ground rules:</strong> look ahead, be honest, be helpful, judge only change from now on
        </summary>
        <ol className="rules">
          <li>
            <strong>Let go of the past.</strong> Nobody can change it; ideas for the future are what help.
          </li>
          <li>
            <strong>Be honest.</strong> Say what you really see, not what you think {leaderName} wants to
            hear.
          </li>
          <li>
            <strong>Be helpful and supportive.</strong> Suggest what would help {leaderName} succeed.
          </li>
          <li>
            <strong>Judge only change from now on.</strong> Whatever happened before, look at what{' '}
            {leaderName} does from here.
          </li>
        </ol>
        <p>
          Nothing you write can be traced back to you: your name and email are never stored with your answers,
          and {leaderName} sees the combined results only after the round closes on {formatDay(closesOn)}.
        </p>
      </details>
    </section>
  );
}
