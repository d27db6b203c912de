import { useId, useState } from 'react';
import { findIdentifyingDetails, type IdentifyingCheck } from '../../shared/identifying-details';
import { Button } from '../components/button';

/**
 * "Check my answer for details that identify me": runs only when pressed, and only in this browser
 * (src/shared/identifying-details), so the answer is not sent anywhere to be checked. The result
 * belongs to the text that was checked and goes away once that text changes.
 */
export function IdentifyingCheckButton({
  text,
  leaderName,
  onUse,
}: {
  text: string;
  leaderName: string;
  onUse: (text: string) => void;
}) {
  const resultId = useId();
  const [checked, setChecked] = useState<{ text: string; result: IdentifyingCheck } | null>(null);
  const current = checked?.text === text ? checked.result : null;
  return (
    <div className="identifying-check">
      <Button
        variant="quiet"
        aria-controls={resultId}
        onClick={() => setChecked({ text, result: findIdentifyingDetails(text, leaderName) })}
      >
        Check my answer for details that identify me
      </Button>
      <div id={resultId} className="hint-slot" aria-live="polite">
        {current && checked ? (
          <CheckResult result={current} checkedText={checked.text} leaderName={leaderName} onUse={onUse} />
        ) : null}
      </div>
    </div>
  );
}

function CheckResult({
  result,
  checkedText,
  leaderName,
  onUse,
}: {
  result: IdentifyingCheck;
  checkedText: string;
  leaderName: string;
  onUse: (text: string) => void;
}) {
  if (!checkedText.trim()) return <p className="coach-hint">Write your answer first, then check it.</p>;
  if (result.details.length === 0) {
    return (
      <p className="coach-hint">
        Nothing found that points to you. Checked on this device only; read it once more for details only you
        would know.
      </p>
    );
  }
  return (
    <div className="coach-hint">
      <p className="coach-hint-title">These details could tell {leaderName} who wrote this</p>
      <ul className="identifying-details">
        {result.details.map((detail) => (
          <li key={detail.start}>“{detail.text}”</li>
        ))}
      </ul>
      {result.withoutDetails ? (
        <>
          <p>A version without them:</p>
          <p className="coach-hint-suggestion">“{result.withoutDetails}”</p>
          <Button variant="secondary" onClick={() => onUse(result.withoutDetails ?? checkedText)}>
            Use this version
          </Button>
        </>
      ) : (
        <p>Consider saying the same thing without them, in more general terms.</p>
      )}
      <p className="muted">Checked on this device only; nothing was sent.</p>
    </div>
  );
}
