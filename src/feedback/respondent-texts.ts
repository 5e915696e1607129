/**
 * What respondents read around the questions, on the hosted page and in the widget, in French
 * and English. Pure.
 */
import type { SurveyLang } from './wording.ts';

export const RESPONDENT_TEXTS = {
  en: {
    title: 'Your opinion',
    scoreLegend: 'Your score, from {min} to {max}',
    optional: 'optional',
    submit: 'Send',
    change: 'Change my answer',
    close: 'Close',
    thanks: 'Thank you! Your answer has been recorded.',
    thanksMore: 'Thank you! Anything to add?',
    savedScore: 'Your score: {score}',
    invalid: 'This survey link is not valid. It may have been cut or altered.',
    expired: 'This survey link has expired.',
    closed: 'This survey is closed: it no longer takes answers.',
    gone: 'This survey no longer exists.',
    tooMany: 'Too many answers from your connection. Please try again in a minute.',
    scoreMissing: 'Choose a score to send your answer.',
    error: 'Your answer could not be recorded.',
  },
  fr: {
    title: 'Votre avis',
    scoreLegend: 'Votre note, de {min} à {max}',
    optional: 'facultatif',
    submit: 'Envoyer',
    change: 'Modifier ma réponse',
    close: 'Fermer',
    thanks: 'Merci ! Votre réponse a bien été enregistrée.',
    thanksMore: 'Merci ! Souhaitez-vous ajouter quelque chose ?',
    savedScore: 'Votre note : {score}',
    invalid: 'Ce lien d’enquête n’est pas valide. Il a peut-être été coupé ou modifié.',
    expired: 'Ce lien d’enquête a expiré.',
    closed: 'Cette enquête est close : elle ne reçoit plus de réponses.',
    gone: 'Cette enquête n’existe plus.',
    tooMany: 'Trop de réponses depuis votre connexion. Réessayez dans une minute.',
    scoreMissing: 'Choisissez une note pour envoyer votre réponse.',
    error: 'Votre réponse n’a pas pu être enregistrée.',
  },
} as const satisfies Record<SurveyLang, Record<string, string>>;

export type RespondentTexts = (typeof RESPONDENT_TEXTS)[SurveyLang];

/** The message with its `{name}` placeholders filled. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
