declare module 'virtual:step-texts' {
  import type { StepIndexEntry } from '@/content/schema';
  const texts: Readonly<Record<string, StepIndexEntry>>;
  export default texts;
}
