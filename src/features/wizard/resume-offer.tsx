import { Link } from 'react-router';
import { hasStepText, stepText, ui, useStepTitles } from '@/content/texts';
import { decodeJourney, journeyHref } from '@/engine/url';
import { flow } from '@/flows/current';
import { useJourneyStore } from '@/stores/journey-store-context';

/** On the start page, offers a returning visitor the journey they left (already validated by the store). */
export const ResumeOffer = () => {
  const saved = useJourneyStore((state) => state.saved);
  const clear = useJourneyStore((state) => state.clear);
  const journey = saved ? decodeJourney(saved.answers) : null;
  const known = saved ? hasStepText(saved.stepId) : true;
  const titlesReady = useStepTitles(!known);
  if (!saved || !journey?.ok || !(known || titlesReady)) return null;
  const title = stepText(saved.stepId)?.title ?? saved.stepId;
  return (
    <section className="resume" aria-labelledby="resume-heading">
      <div className="resume-where">
        <h2 id="resume-heading">{ui.resumeTitle}</h2> {ui.resumeText} <strong>{title}</strong>
      </div>
      <p className="resume-actions">
        <Link className="button" to={journeyHref(flow, saved.stepId, journey.value)}>
          {ui.resumeLink}
        </Link>
        <button type="button" className="link-button" onClick={clear}>
          {ui.resumeDiscard}
        </button>
      </p>
    </section>
  );
};
