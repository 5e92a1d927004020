import { createElement, Suspense, useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { Link, useLocation } from 'react-router';
import { BackLink } from '@/components/back-link';
import { InTextLinks } from '@/components/content-link';
import { mdxComponents } from '@/components/mdx-components';
import { KnownProductsProvider } from '@/components/for-product';
import { StepShapeProvider } from '@/components/step-sections';
import { loadedStepBody, loadedStepRest } from '@/content/step-bodies';
import { stepText, ui } from '@/content/texts';
import type { Journey, Step } from '@/engine/types';
import { encodeJourney, journeyHref, linkHref, stepPath } from '@/engine/url';
import { flow, parentOf } from '@/flows/current';
import { contextParts } from '@/features/context/context-parts';
import { FailingHop } from '@/features/hops/failing-hop';
import { useWizardEvents } from '@/features/embed/wizard-events';
import { reportHref, reportLinkLabel } from '@/features/report/report-href';
import { OutcomeFeedback } from '@/features/wizard/outcome-feedback';
import { mapHref } from '@/map/position';
import { AnswerList, ANSWERS_PROMPT_ID } from '@/features/wizard/answer-list';
import { audienceOf } from '@/features/wizard/audience';
import { cameFrom } from '@/features/wizard/came-from';
import { knownProducts, productOfQuery } from '@/features/wizard/known-products';
import { withSameAs } from '@/registry/products';
import { ResumeOffer } from '@/features/wizard/resume-offer';
import { useJourney, useKeptJourney } from '@/features/wizard/use-journey';
import { useWholePage } from '@/features/wizard/use-whole-page';
import { YourAnswers } from '@/features/wizard/your-answers';
import { afterNextPaint } from '@/hooks/after-next-paint';
import { useHydrated } from '@/hooks/use-hydrated';
import { contextStore, hasPanel } from '@/stores/context-store';
import { useJourneyStore } from '@/stores/journey-store-context';


/**
 * Where "Back" goes: the previous answer's step; without answers, the page of this site the person came
 * from (a link in a step's text, a diagnosis), else the step before on the shortest route.
 */
const backHref = (stepId: string, journey: Journey, from: string | undefined): string | undefined => {
  if (journey.length > 0) return journeyHref(flow, journey[journey.length - 1].stepId, journey.slice(0, -1));
  const parent = parentOf(stepId);
  return from ?? (parent ? stepPath(flow, parent) : undefined);
};

/** A question page's h1 is its question; a page whose title is not a question asks it above the answers. */
const promptFor = (text: ReturnType<typeof stepText>): string | undefined =>
  text && !text.title.trim().endsWith('?') ? text.question : undefined;

/**
 * A report has something in it once the person has tried something (an answer after "who are you?"),
 * an error page's link brought details, or a pasted text was diagnosed; before that, offering one is noise.
 */
const somethingToReport = (journey: Journey, known: boolean): boolean =>
  known || journey.some((choice) => choice.stepId !== flow.start);

/**
 * Keeps the latest journey for a returning visitor; the URL stays the source of truth. Written once the
 * step is painted: the first write to localStorage in a page costs a millisecond or two, which the
 * answer's frame would otherwise wait for; or as the page goes, if that comes first.
 */
const useSaveJourney = (stepId: string, journey: Journey): void => {
  const save = useJourneyStore((state) => state.save);
  useEffect(() => {
    if (journey.length === 0) return undefined;
    const savedAt = Date.now();
    let pending = true;
    const write = (): void => {
      if (!pending) return;
      pending = false;
      save({ stepId, answers: encodeJourney(journey), savedAt });
    };
    const cancel = afterNextPaint(write);
    // Leaving the page before that paint (a reload or a link away right after the answer) writes it then.
    window.addEventListener('pagehide', write);
    return () => {
      cancel();
      window.removeEventListener('pagehide', write);
    };
  }, [save, stepId, journey]);
};

/** The last entry of an advice page's "On this page": its answers, under "Did this fix it?" (AnswerList's prompt). */
const fixedEntry = { id: ANSWERS_PROMPT_ID, title: ui.didThisFixIt };

/** One step of the flow: back link, heading, body, then its answers or, for an outcome, a way to start again. */
export const StepPage = ({ step }: { step: Step }) => {
  const journey = useJourney(step.id);
  const kept = useKeptJourney(step.id);
  const text = stepText(step.id);
  const body = loadedStepBody(step.id);
  const restBody = loadedStepRest(step.id);
  // After an answer, the sections and everything below them come one frame after the first screen.
  const whole = useWholePage() || restBody === undefined;
  const hydrated = useHydrated();
  const location = useLocation();
  // Read only once hydrated, so the first render matches the pre-rendered page.
  // The page's own address is the router's: the address bar follows one frame after an answer.
  const from = hydrated ? cameFrom(location.state, document.referrer, { origin: window.location.origin, pathname: location.pathname, search: location.search }) : undefined;
  const back = backHref(step.id, journey, from);
  const panel = useStore(contextStore, hasPanel);
  const showPanel = hydrated && panel;
  // "What we know" and its live check load only for a visit that brought context (most visits do not).
  const { ContextStrip, WhatWeKnow } = contextParts();
  const diagnosed = useStore(contextStore, (state) => (state.pasted?.length ?? 0) > 0) && hydrated;
  const context = useStore(contextStore, (state) => state.context);
  // Read from the link only once hydrated, so the first render matches the pre-rendered page.
  const audience = audienceOf(hydrated ? context : {}, journey, step.id);
  // A visitor sends the site a summary; an operator files an incident report.
  const reportLabel = reportLinkLabel(audience, step.id);
  // What the journey and the link name; when they name nothing, the product of the finding whose button
  // led here (its `for`, kept in a copied link), else the one that wrote the text read on the diagnose page.
  const pastedProduct = useStore(contextStore, (state) => state.pastedProduct);
  const products = useMemo(() => {
    if (!hydrated) return [];
    const known = knownProducts(step.id, journey, context);
    const found = productOfQuery(location.search) ?? pastedProduct;
    return known.length === 0 && found !== undefined ? withSameAs([found]) : known;
  }, [hydrated, step.id, journey, context, pastedProduct, location.search]);
  // A link in the text to another step keeps the journey, with the link followed as its last choice.
  const inTextLink = useCallback((href: string) => linkHref(flow, journey, step.id, href), [journey, step.id]);
  // On a question page the answers stand right after the lead, in the body (see remarkStepSections).
  // A returning visitor is offered their last journey right after the start page's answers: above
  // them, it pushed the last answers off a phone's first screen.
  const answers =
    step.kind === 'question' ? (
      <>
        <AnswerList stepId={step.id} prompt={promptFor(text)} answers={step.answers} journey={journey} kept={kept} />
        {step.id === flow.start && journey.length === 0 ? <ResumeOffer /> : null}
        </>
    ) : null;
  useSaveJourney(step.id, journey);
  useWizardEvents(step, journey);
  // The title changes once the step is painted, which is also once its history entry is added (the
  // router adds it right after that paint): set before, it would rename the entry of the step left
  // behind, as Back's list shows it. Setting a title also costs the frame about a millisecond.
  useEffect(() => (text ? afterNextPaint(() => void (document.title = `${text.title} · ${ui.titleSuffix}`)) : undefined), [text]);

  return (
    <article className={`step step-${step.kind}`} data-step-id={step.id}>
      {back ? <BackLink to={back} /> : null}
      {showPanel ? (
        <Suspense fallback={null}>
          <ContextStrip />
        </Suspense>
      ) : null}
      <h1 id="main-heading" tabIndex={-1}>
        {text?.title ?? step.id}
      </h1>
      {body ? (
        <div className="step-body">
          <StepShapeProvider value={{ answers, fold: step.kind === 'question', rest: whole && restBody ? createElement(restBody, { components: mdxComponents }) : null, lastEntry: step.kind === 'advice' ? fixedEntry : undefined }}>
            <KnownProductsProvider value={products}>
              <InTextLinks value={inTextLink}>{createElement(body, { components: mdxComponents })}</InTextLinks>
            </KnownProductsProvider>
          </StepShapeProvider>
        </div>
      ) : (
        answers
      )}
      {whole ? (
        <>
          {step.kind === 'advice' ? <AnswerList stepId={step.id} prompt={ui.didThisFixIt} answers={step.answers} journey={journey} kept={kept} /> : null}
          {step.kind === 'outcome' ? <OutcomeFeedback step={step} journey={journey} /> : null}
          {/* A fixed outcome's one way on; an unresolved one's come with "does it work now?". */}
          {step.kind === 'outcome' && step.resolved ? (
            <p className="start-again">
              <Link to="/">{ui.startAgain}</Link>
            </p>
          ) : null}
          {showPanel ? (
            <Suspense fallback={null}>
              <WhatWeKnow />
            </Suspense>
          ) : null}
          <FailingHop stepId={step.id} journey={journey} audience={audience} />
          <YourAnswers journey={journey} />
          {step.kind !== 'outcome' && somethingToReport(journey, showPanel || diagnosed) ? (
            <p className="report-offer">
              <Link to={reportHref(step.id, journey)}>{reportLabel}</Link> <span className="report-offer-hint">{ui.report.openHint}</span>
            </p>
          ) : null}
          <p className="map-offer">
            <Link to={mapHref(step.id, journey)}>{ui.map.openFromStep}</Link>
          </p>
        </>
      ) : null}
    </article>
  );
};
