/**
 * What a new workspace can start from: nothing but the default stages, phases
 * and channels, or a worked example that reads like a consultant's deliverable
 * (personas, weighted objectives, a qualified current journey and its target).
 */
import { defaultModel, type ModelLanguage } from '../defaults.ts';
import type { WorkspaceModel } from '../schema.ts';
import { buildB2b } from './b2b.ts';
import { buildEcommerce } from './ecommerce.ts';
import { type Bi, inLanguage } from './frame.ts';
import { buildRetail } from './retail.ts';

export const TEMPLATE_KEYS = ['empty', 'ecommerce', 'retail', 'b2b'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const isTemplateKey = (value: unknown): value is TemplateKey =>
  TEMPLATE_KEYS.some((key) => key === value);

export interface TemplateSummary {
  readonly key: TemplateKey;
  readonly name: string;
  readonly description: string;
}

const SUMMARIES: Readonly<Record<TemplateKey, { readonly name: Bi; readonly description: Bi }>> = {
  empty: {
    name: ['Espace vide', 'Empty workspace'],
    description: [
      'Les 10 étapes du parcours, les phases de vie client et les canaux usuels, sans persona ni parcours.',
      'The 10 journey stages, the customer lifecycle phases and the usual channels, with no persona or journey.',
    ],
  },
  ecommerce: {
    name: ['E-commerce mode et maison', 'Fashion and home e-commerce'],
    description: [
      'Un site marchand mode et déco : 3 personas, 5 objectifs pondérés, le parcours actuel qualifié de Camille et son parcours cible, le parcours actuel de Martine.',
      'An online fashion and home retailer: 3 personas, 5 weighted objectives, the qualified current journey of Camille and its target, the current journey of Martine.',
    ],
  },
  retail: {
    name: ['Enseigne de magasins', 'Store chain'],
    description: [
      'Une enseigne bricolage et jardin avec site web : web-to-store, click & collect, carte de fidélité, conseil en magasin ; parcours actuel et cible de Thomas.',
      'A DIY and garden store chain with a website: web-to-store, click & collect, loyalty card, in-store advice; current and target journeys of Thomas.',
    ],
  },
  b2b: {
    name: ['Services B2B', 'B2B services'],
    description: [
      'Un prestataire d’externalisation de la paie : contenus, webinaires, rendez-vous commerciaux, devis, mise en route, support, renouvellement ; parcours actuel et cible de Sophie.',
      'A payroll outsourcing provider: content, webinars, sales meetings, quotes, onboarding, support, renewal; current and target journeys of Sophie.',
    ],
  },
};

export function listTemplates(lang: ModelLanguage): TemplateSummary[] {
  return TEMPLATE_KEYS.map((key) => ({
    key,
    name: inLanguage(SUMMARIES[key].name, lang),
    description: inLanguage(SUMMARIES[key].description, lang),
  }));
}

/** The model of a new workspace made from a template, in one language, with ids from `newId`. */
export function buildTemplate(
  key: TemplateKey,
  lang: ModelLanguage,
  newId: () => string,
): WorkspaceModel {
  switch (key) {
    case 'empty':
      return defaultModel(lang, newId);
    case 'ecommerce':
      return buildEcommerce(lang, newId);
    case 'retail':
      return buildRetail(lang, newId);
    case 'b2b':
      return buildB2b(lang, newId);
  }
}
