import { Component, type ReactNode } from 'react';
import { APP_TEXT } from '../../shared/i18n/app';
import { startHref } from '../routing';
import { ErrorNotice } from './error-notice';

interface State {
  error: Error | null;
}

/**
 * Catches a rendering error so the window never goes blank: shows it in
 * Swedish with a way back. `resetKey` (the route) clears it on navigation.
 */
export class ErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorNotice message={APP_TEXT.unexpected(this.state.error.message)}>
        <a className="button button--secondary" href={startHref()}>
          {APP_TEXT.backToStart}
        </a>
      </ErrorNotice>
    );
  }
}
