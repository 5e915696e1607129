/**
 * The standard wording of each kind of survey, in French and English: the question (REFERENCE
 * §4), the words at both ends of the scale, and a default open follow-up. A survey may reword
 * them; these are what a new survey starts with. Pure (the web editor uses it too).
 */
import type { SurveyKind } from './scales.ts';

export const SURVEY_LANGS = ['en', 'fr'] as const;
export type SurveyLang = (typeof SURVEY_LANGS)[number];

export interface Wording {
  readonly en: string;
  readonly fr: string;
}

export const isSurveyLang = (value: unknown): value is SurveyLang =>
  value === 'en' || value === 'fr';

/** The standard question of a kind, naming the company as respondents know it. */
export function standardQuestion(kind: SurveyKind, brand: string): Wording {
  switch (kind) {
    case 'nps':
      return {
        en: `How likely are you to recommend ${brand} to a friend or colleague?`,
        fr: `Quelle est la probabilité que vous recommandiez ${brand} à un ami ou un collègue ?`,
      };
    case 'csat':
      return {
        en: `How satisfied are you with ${brand}?`,
        fr: `Quel est votre niveau de satisfaction à l’égard de ${brand} ?`,
      };
    case 'ces':
      return {
        en: `${brand} made it easy for me to handle my request.`,
        fr: `${brand} m’a facilité la gestion de ma demande.`,
      };
  }
}

/** The default open question that follows the score. */
export const STANDARD_FOLLOW_UP: Wording = {
  en: 'What is the main reason for your score?',
  fr: 'Quelle est la principale raison de votre note ?',
};

/** Words under both ends of the scale, so that the direction of the scale is never guessed. */
export const SCALE_ENDS: Readonly<Record<SurveyKind, { low: Wording; high: Wording }>> = {
  nps: {
    low: { en: 'Not at all likely', fr: 'Pas du tout probable' },
    high: { en: 'Extremely likely', fr: 'Très probable' },
  },
  csat: {
    low: { en: 'Very dissatisfied', fr: 'Très insatisfait' },
    high: { en: 'Very satisfied', fr: 'Très satisfait' },
  },
  ces: {
    low: { en: 'Strongly disagree', fr: 'Pas du tout d’accord' },
    high: { en: 'Strongly agree', fr: 'Tout à fait d’accord' },
  },
};

/** A respondent's language from an Accept-Language header or a stored choice; English otherwise. */
export function langOf(...candidates: readonly (string | null | undefined)[]): SurveyLang {
  for (const candidate of candidates) {
    const match = /\b(fr|en)\b/i.exec(candidate ?? '');
    if (match?.[1] !== undefined) return match[1].toLowerCase() === 'fr' ? 'fr' : 'en';
  }
  return 'en';
}
