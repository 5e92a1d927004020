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
