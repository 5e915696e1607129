/**
 * E-commerce template: an online fashion and home retailer. Camille (the main
 * persona) has a fully qualified current journey and its target; Martine, a
 * more cautious customer, has a shorter current journey for contrast.
 */
import type { ModelLanguage } from '../defaults.ts';
import type { WorkspaceModel } from '../schema.ts';
import { CAMILLE_CURRENT } from './ecommerce-camille.ts';
import { CAMILLE_TARGET } from './ecommerce-camille-target.ts';
import { ECOMMERCE_FRAME } from './ecommerce-frame.ts';
import { MARTINE_CURRENT } from './ecommerce-martine.ts';
import { buildFrame } from './frame.ts';
import { buildJourney } from './journey.ts';
import { deriveTarget } from './target.ts';

export function buildEcommerce(lang: ModelLanguage, newId: () => string): WorkspaceModel {
  const frame = buildFrame(ECOMMERCE_FRAME, lang, newId);
  const camille = buildJourney(frame, CAMILLE_CURRENT, newId);
  const camilleTarget = deriveTarget(frame, CAMILLE_CURRENT, camille, CAMILLE_TARGET, newId);
  const martine = buildJourney(frame, MARTINE_CURRENT, newId);
  return { ...frame.model, journeys: [camille.journey, camilleTarget, martine.journey] };
}
