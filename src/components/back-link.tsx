import { Link } from 'react-router';
import { ui } from '@/content/texts';

/** The GOV.UK-style back link above a step's heading. */
export const BackLink = ({ to }: { to: string }) => (
  <Link className="back-link" to={to}>
    {ui.back}
  </Link>
);
