import type { ReactNode } from 'react';

type AlertProps = { tone?: 'error' | 'success' | 'info'; title?: string; children: ReactNode };

/** Errors interrupt (role="alert"); confirmations and notes wait their turn (role="status"). */
export function Alert({ tone = 'error', title, children }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert-title">{title}</p> : null}
      <div className="alert-body">{children}</div>
    </div>
  );
}

export function FormAlert({ message }: { message?: string }) {
  return message ? <Alert>{message}</Alert> : null;
}
