import { ErrorNotice } from './error-notice';

/** A load that failed, said as an alert, with the button that tries again. */
export function LoadFailed({ message, retryLabel, onRetry }: { message: string; retryLabel: string; onRetry: () => void }) {
  return (
    <ErrorNotice message={message}>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {retryLabel}
      </button>
    </ErrorNotice>
  );
}
