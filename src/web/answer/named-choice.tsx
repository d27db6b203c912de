/**
 * Only a stakeholder invited as the leader's manager sees this, before any question, so they know
 * what naming themselves means while they still choose what to write.
 */
export function NamedChoice({
  leaderName,
  checked,
  onChange,
}: {
  leaderName: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <section className="card section named-choice" aria-labelledby="named-choice-heading">
      <h2 id="named-choice-heading">You were asked as {leaderName}'s manager</h2>
      <p>
        You may choose to show {leaderName} your answers with your name. A named answer is shown on its own,
        apart from everyone else's, and is not counted in the combined results. If you leave this unticked,
        your answers are anonymous like everyone else's.
      </p>
      <label className="checkbox-row">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <span>Show my answers to {leaderName} with my name (as their manager)</span>
      </label>
    </section>
  );
}
