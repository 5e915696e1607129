/**
 * Retail template: a DIY and garden store chain with a website and an app.
 * Thomas (the main persona) has a fully qualified current journey and its
 * target, built around web-to-store, click & collect and the loyalty card.
 */
import type { ModelLanguage } from '../defaults.ts';
import type { WorkspaceModel } from '../schema.ts';
import { buildFrame } from './frame.ts';
import { buildJourney } from './journey.ts';
import { RETAIL_FRAME } from './retail-frame.ts';
import { THOMAS_CURRENT } from './retail-thomas.ts';
import { THOMAS_TARGET } from './retail-thomas-target.ts';
import { deriveTarget } from './target.ts';

export function buildRetail(lang: ModelLanguage, newId: () => string): WorkspaceModel {
  const frame = buildFrame(RETAIL_FRAME, lang, newId);
  const thomas = buildJourney(frame, THOMAS_CURRENT, newId);
  const thomasTarget = deriveTarget(frame, THOMAS_CURRENT, thomas, THOMAS_TARGET, newId);
  return { ...frame.model, journeys: [thomas.journey, thomasTarget] };
}
