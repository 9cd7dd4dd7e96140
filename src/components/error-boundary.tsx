import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  /** What failed, in the user's words ("The participant map"). */
  label: string;
  children: ReactNode;
  onRetry?: () => void;
};

type State = { error: Error | null };

/**
 * Keeps a crash inside one panel: the rest of the page goes on working and
 * this panel says what failed and offers a retry.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; the user sees the panel message.
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-state panel-state--error" role="alert">
          <p className="panel-state__title">{this.props.label} could not be drawn.</p>
          <p className="panel-state__detail">{this.state.error.message}</p>
          <button type="button" onClick={this.retry}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
