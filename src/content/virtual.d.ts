declare module 'virtual:step-texts' {
  import type { StepText } from '@/content/schema';
  const texts: Readonly<Record<string, StepText>>;
  export default texts;
}
