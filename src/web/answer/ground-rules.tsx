import { formatDay } from '../cycles/day';

/** Shown before any question: how to give feedforward, and the promise that protects the person giving it. */
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
    <section className="card section ground-rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Before you start</h2>
      <ol className="rules">
        <li>
          <strong>Let go of the past.</strong> Nobody can change it; ideas for the future are what help.
        </li>
        <li>
          <strong>Be honest.</strong> Say what you really see, not what you think {leaderName} wants to hear.
        </li>
        <li>
          <strong>Be helpful and supportive.</strong> Suggest what would help {leaderName} succeed.
        </li>
        <li>
          <strong>Judge only change from now on.</strong> Whatever happened before, look at what {leaderName}{' '}
          does from here.
        </li>
      </ol>
      <div className="promise">
        <h3>Your answers are anonymous</h3>
        <p>
          Nothing you write can be traced back to you: your name and email are never stored with your answers.{' '}
          {leaderName} sees only combined results from at least {anonymityK} people, and only after the round
          closes on {formatDay(closesOn)}.
        </p>
      </div>
    </section>
  );
}
