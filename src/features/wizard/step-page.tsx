import { createElement, lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { Link } from 'react-router';
import { BackLink } from '@/components/back-link';
import { mdxComponents } from '@/components/mdx-components';
import { loadedStepBody } from '@/content/step-bodies';
import { stepText, ui } from '@/content/texts';
import type { Journey, Step } from '@/engine/types';
import { encodeJourney, journeyHref, stepPath } from '@/engine/url';
import { flow, parentOf } from '@/flows/current';
import { FailingHop } from '@/features/hops/failing-hop';
import { useWizardEvents } from '@/features/embed/wizard-events';
import { reportHref } from '@/features/report/report-href';
import { OutcomeFeedback } from '@/features/wizard/outcome-feedback';
import { mapHref } from '@/map/position';
import { AnswerList } from '@/features/wizard/answer-list';
import { ResumeOffer } from '@/features/wizard/resume-offer';
import { useJourney, useKeptJourney } from '@/features/wizard/use-journey';
import { YourAnswers } from '@/features/wizard/your-answers';
import { useHydrated } from '@/hooks/use-hydrated';
import { contextStore, hasPanel } from '@/stores/context-store';
import { useJourneyStore } from '@/stores/journey-store-context';

// "What we know" and its live check load only for a visit that brought context (most visits do not).
const WhatWeKnow = lazy(async () => ({ default: (await import('@/features/context/what-we-know')).WhatWeKnow }));

/** Where "Back" goes: the previous answer's step, or for a shared link the step before on the shortest route. */
const backHref = (stepId: string, journey: Journey): string | undefined => {
  if (journey.length > 0) return journeyHref(flow, journey[journey.length - 1].stepId, journey.slice(0, -1));
  const parent = parentOf(stepId);
  return parent ? stepPath(flow, parent) : undefined;
};

/** Keeps the latest journey for a returning visitor; the URL stays the source of truth. */
const useSaveJourney = (stepId: string, journey: Journey): void => {
  const save = useJourneyStore((state) => state.save);
  useEffect(() => {
    if (journey.length > 0) save({ stepId, answers: encodeJourney(journey), savedAt: Date.now() });
  }, [save, stepId, journey]);
};

/** One step of the flow: back link, heading, body, then its answers or, for an outcome, a way to start again. */
export const StepPage = ({ step }: { step: Step }) => {
  const journey = useJourney(step.id);
  const kept = useKeptJourney(step.id);
  const text = stepText(step.id);
  const body = loadedStepBody(step.id);
  const back = backHref(step.id, journey);
  const hydrated = useHydrated();
  const panel = useStore(contextStore, hasPanel);
  const showPanel = hydrated && panel;
  useSaveJourney(step.id, journey);
  useWizardEvents(step, journey);
  useEffect(() => {
    if (text) document.title = `${text.title} · ${ui.titleSuffix}`;
  }, [text]);

  return (
    <article className={`step step-${step.kind}`} data-step-id={step.id}>
      {back ? <BackLink to={back} /> : null}
      {step.id === flow.start && journey.length === 0 ? <ResumeOffer /> : null}
      <h1 id="main-heading" tabIndex={-1}>
        {text?.title ?? step.id}
      </h1>
      <div className="step-body">{body ? createElement(body, { components: mdxComponents }) : null}</div>
      {step.kind === 'question' ? (
        <AnswerList stepId={step.id} prompt={text?.question} answers={step.answers} journey={journey} kept={kept} />
      ) : null}
      {step.kind === 'advice' ? <AnswerList stepId={step.id} prompt={ui.didThisFixIt} answers={step.answers} journey={journey} kept={kept} /> : null}
      {step.kind === 'outcome' ? <OutcomeFeedback step={step} journey={journey} /> : null}
      {step.kind === 'outcome' ? (
        <p className="start-again">
          <Link className="button" to={reportHref(step.id, journey)}>
            {ui.report.open}
          </Link>
          <Link className="button button-secondary" to="/">
            {ui.startAgain}
          </Link>
        </p>
      ) : null}
      {showPanel ? (
        <Suspense fallback={null}>
          <WhatWeKnow />
        </Suspense>
      ) : null}
      <FailingHop stepId={step.id} journey={journey} />
      <YourAnswers journey={journey} />
      {step.kind === 'outcome' ? null : (
        <p className="report-offer">
          <Link to={reportHref(step.id, journey)}>{ui.report.open}</Link> <span className="report-offer-hint">{ui.report.openHint}</span>
        </p>
      )}
      <p className="map-offer">
        <Link to={mapHref(step.id, journey)}>{ui.map.openFromStep}</Link>
      </p>
    </article>
  );
};
