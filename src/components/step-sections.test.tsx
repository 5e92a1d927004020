// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StepContents, StepSection, StepShapeProvider } from '@/components/step-sections';
import { ui } from '@/content/texts';

afterEach(cleanup);

const [signs, confirm] = ui.foldedSections;

const advicePage = () =>
  render(
    <StepShapeProvider value={{ answers: null, fold: false }}>
      <StepContents entries={JSON.stringify([{ id: 'signs', title: signs, products: [] }, { id: 'fix', title: 'Fix it', products: [] }])} />
      <StepSection title={signs}>
        <h2 id="signs">{signs}</h2>
        <p>The errors look random.</p>
      </StepSection>
      <StepSection title={confirm}>
        <h2 id="confirm">{confirm}</h2>
        <p>Compare the timeouts.</p>
      </StepSection>
      <StepSection title="Fix it">
        <h2 id="fix">Fix it</h2>
        <p>Raise the keep-alive timeout.</p>
      </StepSection>
    </StepShapeProvider>,
  ).container;

describe('StepSection on an advice page', () => {
  it('folds only the sections that say how to recognise the cause, closed, under their own headings', () => {
    const container = advicePage();
    const folded = [...container.querySelectorAll('details.step-section')];
    expect(folded.map((section) => section.querySelector('summary')?.textContent)).toEqual([signs, confirm]);
    expect(folded.every((section) => !(section as HTMLDetailsElement).open)).toBe(true);
    expect(container.querySelector('#fix')?.closest('details')).toBeNull();
  });

  it('opens a folded section when "On this page" links to it', () => {
    const container = advicePage();
    const link = [...container.querySelectorAll('nav a')].find((a) => a.textContent === signs) as HTMLAnchorElement;
    fireEvent.click(link);
    expect((container.querySelector('#signs')?.closest('details') as HTMLDetailsElement).open).toBe(true);
    expect((container.querySelector('#confirm')?.closest('details') as HTMLDetailsElement).open).toBe(false);
  });
});

describe('StepSection on a question page', () => {
  it('folds every section, whatever its heading', () => {
    const { container } = render(
      <StepShapeProvider value={{ answers: null, fold: true }}>
        <StepSection title="Fix it">
          <h2>Fix it</h2>
          <p>Text</p>
        </StepSection>
      </StepShapeProvider>,
    );
    expect(container.querySelectorAll('details.step-section')).toHaveLength(1);
  });
});
