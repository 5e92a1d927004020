import { describe, expect, it } from 'vitest';
import { components, componentIds } from '@/diagnose/components';
import { patterns } from '@/diagnose/patterns';
import { http502Flow as flow, logAnswerCauses, productQuestions } from '@/flows/http-502';
import { causeSteps, explainedCauses } from '@/registry/causes';
import { isProductId, productIds, products } from '@/registry/products';
import ui from '@content/en/ui.json';

const step = (id: string) => flow.steps.find((s) => s.id === id);
const leadsTo = (stepId: string, answerId: string) => {
  const found = step(stepId);
  return found && found.kind !== 'outcome' ? found.answers.find((a) => a.id === answerId)?.next : undefined;
};

describe('the product registry', () => {
  it('names a step of the flow as every product’s log step', () => {
    for (const id of productIds) expect(step(products[id].logStep), id).toBeDefined();
  });

  it('has a name for every product in the interface’s words', () => {
    expect(productIds.filter((id) => !Object.hasOwn(ui.chain.products, id))).toEqual([]);
  });

  it('sends every "which product?" answer to the product’s log step', () => {
    for (const [questionId, ids] of Object.entries(productQuestions))
      for (const id of ids) expect(leadsTo(questionId, id), `${questionId}.${id}`).toBe(products[id].logStep);
  });

  it('is where the classifier’s gateways and app servers take their ids and log steps from', () => {
    for (const id of componentIds) {
      const component = components[id];
      if (isProductId(id)) expect(component.logStep, id).toBe(products[id].logStep);
      // Not products of the flow: the classifier's alone. Squid is the forward proxy of "behind a proxy";
      // Unicorn, Puma and Passenger are read through the flow's general app-server step until it names them.
      else expect(['apache-proxy-fcgi', 'linux-oom-killer', 'curl', 'unknown', 'squid', 'unicorn', 'puma', 'passenger'], id).toContain(id);
    }
  });
});

describe('one table from cause to step', () => {
  it('names an advice step of the flow for every cause', () => {
    for (const cause of explainedCauses) expect(step(causeSteps[cause])?.kind, cause).toBe('advice');
  });

  it('sends each log answer that names a cause to the step the classifier gives the same cause', () => {
    for (const [questionId, answers] of Object.entries(logAnswerCauses))
      for (const [answerId, cause] of Object.entries(answers))
        if (cause !== 'unknown') expect(leadsTo(questionId, answerId), `${questionId}.${answerId}`).toBe(causeSteps[cause]);
  });

  it('leaves a pattern its own step only where the cause does not decide it (a configuration error, or no cause)', () => {
    for (const pattern of patterns)
      if (pattern.cause !== 'config-error' && pattern.cause !== 'other' && pattern.cause !== 'upstream-sent-the-error')
        expect(pattern.stepId, pattern.id).toBe(causeSteps[pattern.cause]);
  });
});
