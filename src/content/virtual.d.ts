declare module 'virtual:step-texts' {
  import type { StepIndexEntry } from '@/content/schema';
  const texts: Readonly<Record<string, StepIndexEntry>>;
  export default texts;
}

declare module 'virtual:flow-map' {
  import type { FlowMap } from '@/map/flow-map';
  /** The whole flow laid out at build time (src/map/flow-map-plugin.ts). */
  const map: FlowMap;
  export default map;
}

declare module 'virtual:ui-words' {
  import type { CoreWords } from '@/content/ui-words';
  /** The wizard's words from content/<locale>/ui.json (src/content/ui-words-plugin.ts). */
  const ui: CoreWords;
  export default ui;
}

declare module 'virtual:ui-words/diagnose' {
  import type { UiWords } from '@/content/ui-words';
  const words: UiWords['diagnose'];
  export default words;
}

declare module 'virtual:ui-words/report' {
  import type { UiWords } from '@/content/ui-words';
  const words: UiWords['report'];
  export default words;
}

declare module 'virtual:ui-words/map' {
  import type { UiWords } from '@/content/ui-words';
  const words: UiWords['map'];
  export default words;
}

declare module 'virtual:ui-words/context' {
  import type { UiWords } from '@/content/ui-words';
  const words: UiWords['context'];
  export default words;
}

declare module 'virtual:ui-words/live' {
  import type { UiWords } from '@/content/ui-words';
  const words: UiWords['live'];
  export default words;
}
