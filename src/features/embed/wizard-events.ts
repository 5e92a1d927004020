import { useEffect } from 'react';
import { useNavigationType } from 'react-router';
import type { WizardEvent } from '@/embed/protocol';
import type { Journey, Step } from '@/engine/types';
import { encodeJourney } from '@/engine/url';
import { postToHost } from '@/features/embed/embedded';
import { afterNextPaint } from '@/hooks/after-next-paint';
import { useHydrated } from '@/hooks/use-hydrated';

/**
 * Tells whoever hosts the wizard what happened, and nobody else: a DOM event on the wizard's own
 * window (`gateway-doctor:step-viewed`, ...) for a site that serves it itself, and a message to the host's
 * origin when it is embedded. The wizard counts nothing and sends nothing anywhere by itself.
 */
export const emitWizardEvent = (event: WizardEvent): void => {
  window.dispatchEvent(new CustomEvent(`gateway-doctor:${event.type}`, { detail: event }));
  postToHost(event);
};

/**
 * The events of one step page: "step viewed" on every view, "outcome reached" only when the visitor's
 * click brought them here, so a reload or the Back button never counts it twice. ("Did this fix it?"
 * is sent by the answer's own click, in AnswerList.)
 */
export const useWizardEvents = (step: Step, journey: Journey): void => {
  const hydrated = useHydrated();
  const navigationType = useNavigationType();
  const answers = encodeJourney(journey);
  useEffect(() => {
    if (!hydrated) return;
    // Told once the step is painted: whatever the host does with it, the visitor's frame never waits.
    // Not cancelled when the visitor moves on at once: the step was viewed all the same.
    afterNextPaint(() => {
      emitWizardEvent({ type: 'step-viewed', stepId: step.id, kind: step.kind });
      if (navigationType === 'PUSH' && step.kind === 'outcome') {
        emitWizardEvent({ type: 'outcome-reached', stepId: step.id, resolved: step.resolved });
      }
    });
    // The journey counts by its encoding: a new array with the same answers is not a new view.
  }, [hydrated, step, answers, navigationType]);
};
