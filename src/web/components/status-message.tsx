/**
 * A live region that is always on the page, so screen readers announce the message when it appears
 * (a region inserted together with its text is often missed).
 */
export function StatusMessage({ message }: { message?: string }) {
  return (
    <div role="status" className="status-slot">
      {message ? <p className="alert alert-success">{message}</p> : null}
    </div>
  );
}
