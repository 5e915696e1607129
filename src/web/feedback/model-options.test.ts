import { describe, expect, it } from 'vitest';
import { buildEcommerce } from '../../model/templates/ecommerce.ts';
import { touchpointChoices, touchpointName } from './model-options.ts';

describe('touchpoint choices', () => {
  it('lists the touchpoints per journey in map order', () => {
    let n = 0;
    const model = buildEcommerce('en', () => `id${++n}`);
    const [camille] = touchpointChoices(model);
    expect(camille?.touchpoints[0]?.label).toMatch(/^Arrival on the site · /);
    const id = camille?.touchpoints[0]?.id ?? '';
    expect(touchpointName(model, id)).toBeDefined();
    expect(touchpointName(model, 'nope')).toBeUndefined();
  });
});
