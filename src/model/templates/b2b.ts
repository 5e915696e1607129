/**
 * B2B template: a payroll outsourcing firm. Sophie (the main persona, a
 * finance director) has a fully qualified current journey and its target,
 * from the first white paper to the renewal of the contract.
 */
import type { ModelLanguage } from '../defaults.ts';
import type { WorkspaceModel } from '../schema.ts';
import { B2B_FRAME } from './b2b-frame.ts';
import { SOPHIE_CURRENT } from './b2b-sophie.ts';
import { SOPHIE_TARGET } from './b2b-sophie-target.ts';
import { buildFrame } from './frame.ts';
import { buildJourney } from './journey.ts';
import { deriveTarget } from './target.ts';

export function buildB2b(lang: ModelLanguage, newId: () => string): WorkspaceModel {
  const frame = buildFrame(B2B_FRAME, lang, newId);
  const sophie = buildJourney(frame, SOPHIE_CURRENT, newId);
  const sophieTarget = deriveTarget(frame, SOPHIE_CURRENT, sophie, SOPHIE_TARGET, newId);
  return { ...frame.model, journeys: [sophie.journey, sophieTarget] };
}
