/**
 * A spinner and what is loading. The words come from the caller: the stakeholder's page passes its
 * own language's, so it does not carry the leader's catalogs (decision 0050's size budget).
 */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading-state" role="status">
      <span className="spinner spinner-large" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
