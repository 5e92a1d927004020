import type { ReactNode } from 'react';
import { ui } from '@/content/texts';

/** A configuration snippet with the file it belongs in named above it. */
export const ConfigFile = ({ file, children }: { file: string; children: ReactNode }) => (
  <figure className="config-file">
    <figcaption>
      {ui.configIn} <code>{file}</code>
    </figcaption>
    {children}
  </figure>
);
