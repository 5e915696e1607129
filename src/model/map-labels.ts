/**
 * Words printed on a journey map (title, legend, lane kinds), in French and English.
 * The French follows the seed documents' vocabulary (enchantement, irritant, non existant,
 * moment de vérité, point de rupture).
 */
import type { MapCounts } from './layout.ts';
import type { ChannelKind, JourneyState, Performance } from './schema.ts';

export type MapLang = 'fr' | 'en';

export interface MapLabels {
  readonly performance: Readonly<Record<Performance, string>>;
  readonly momentOfTruth: string;
  readonly rupture: string;
  readonly importance: string;
  readonly emotion: string;
  readonly emotionCurve: string;
  readonly emotionCurveHint: string;
  readonly noEmotion: string;
  /** A journey's version: as-is or to-be. */
  readonly state: Readonly<Record<JourneyState, string>>;
  /** The same, naming the journey (title badge). */
  readonly journeyState: Readonly<Record<JourneyState, string>>;
  readonly possibleTransition: string;
  readonly impossibleTransition: string;
  readonly channelKind: Readonly<Record<ChannelKind, string>>;
  readonly channels: string;
  readonly legend: string;
  readonly persona: string;
  readonly page: (index: number, count: number) => string;
  readonly printedOn: (date: string) => string;
  /** One line of figures under the title. */
  readonly summary: (counts: MapCounts) => string;
}

/** French counts 0 and 1 as singular, English only 1. */
const frPlural = (count: number, one: string, many: string): string =>
  `${count} ${count > 1 ? many : one}`;
const enPlural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

const fr: MapLabels = {
  performance: {
    enchantment: 'Enchantement',
    neutral: 'Neutre',
    irritant: 'Irritant',
    missing: 'Non existant',
  },
  momentOfTruth: 'Moment de vérité',
  rupture: 'Point de rupture',
  importance: 'Importance client (1 à 5)',
  emotion: 'Émotion (−3 à +3)',
  emotionCurve: "Courbe d'émotion",
  emotionCurveHint: 'moyenne par étape',
  noEmotion: 'sans émotion notée',
  state: { current: 'actuel', target: 'cible' },
  journeyState: { current: 'Parcours actuel', target: 'Parcours cible' },
  possibleTransition: 'Transition possible',
  impossibleTransition: 'Transition impossible',
  channelKind: { digital: 'Digital', physical: 'Physique' },
  channels: 'Canaux',
  legend: 'Légende',
  persona: 'Persona',
  page: (index, count) => `Page ${index} sur ${count}`,
  printedOn: (date) => `Imprimé le ${date}`,
  summary: (c) =>
    [
      frPlural(c.touchpoints, 'point de contact', 'points de contact'),
      frPlural(c.irritants, 'irritant', 'irritants'),
      frPlural(c.missing, 'manque', 'manques'),
      frPlural(c.momentsOfTruth, 'moment de vérité', 'moments de vérité'),
      frPlural(c.ruptures, 'point de rupture', 'points de rupture'),
    ].join(' · '),
};

const en: MapLabels = {
  performance: {
    enchantment: 'Enchantment',
    neutral: 'Neutral',
    irritant: 'Irritant',
    missing: 'Missing',
  },
  momentOfTruth: 'Moment of truth',
  rupture: 'Rupture point',
  importance: 'Customer importance (1 to 5)',
  emotion: 'Emotion (−3 to +3)',
  emotionCurve: 'Emotion curve',
  emotionCurveHint: 'mean per stage',
  noEmotion: 'no emotion rated',
  state: { current: 'current', target: 'target' },
  journeyState: { current: 'Current journey', target: 'Target journey' },
  possibleTransition: 'Possible transition',
  impossibleTransition: 'Impossible transition',
  channelKind: { digital: 'Digital', physical: 'Physical' },
  channels: 'Channels',
  legend: 'Legend',
  persona: 'Persona',
  page: (index, count) => `Page ${index} of ${count}`,
  printedOn: (date) => `Printed on ${date}`,
  summary: (c) =>
    [
      enPlural(c.touchpoints, 'touchpoint', 'touchpoints'),
      enPlural(c.irritants, 'irritant', 'irritants'),
      enPlural(c.missing, 'missing', 'missing'),
      enPlural(c.momentsOfTruth, 'moment of truth', 'moments of truth'),
      enPlural(c.ruptures, 'rupture point', 'rupture points'),
    ].join(' · '),
};

export function mapLabels(lang: MapLang): MapLabels {
  return lang === 'fr' ? fr : en;
}
