import type { ReactNode } from 'react';

/** A visible error in Swedish, announced at once; optionally with an action (a retry button). */
export function ErrorNotice({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="notice notice--error notice--block" role="alert">
      <p className="notice__text">{message}</p>
      {children && <div className="notice__actions">{children}</div>}
    </div>
  );
}
