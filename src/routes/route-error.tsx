import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ui } from '@/content/texts';

/** Shown inside the page frame when a page fails to load or to render: a calm apology and a fresh start. */
export const PageError = () => (
  <article className="step step-error">
    <h1 id="main-heading" tabIndex={-1}>
      {ui.errorTitle}
    </h1>
    <p>{ui.errorText}</p>
    <p>
      <Link className="button" to="/" reloadDocument>
        {ui.startAgain}
      </Link>
    </p>
  </article>
);

interface BoundaryProps {
  /** The address shown: a new one gets a fresh try. */
  readonly address: string;
  readonly children?: ReactNode;
}

/** Catches a page's rendering error, so that the frame (header, footer, language links) stays usable. */
export class PageErrorBoundary extends Component<BoundaryProps, { failedAt?: string; address: string }> {
  override state: { failedAt?: string; address: string } = { address: this.props.address };

  static getDerivedStateFromError(): { failedAt: string } {
    // Completed with the address in getDerivedStateFromProps, which runs right after.
    return { failedAt: '' };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { failedAt?: string; address: string }): { failedAt?: string; address: string } {
    if (state.failedAt === '') return { failedAt: props.address, address: props.address };
    return { failedAt: state.failedAt === props.address ? state.failedAt : undefined, address: props.address };
  }

  override render(): ReactNode {
    return this.state.failedAt === this.props.address ? <PageError /> : this.props.children;
  }
}
