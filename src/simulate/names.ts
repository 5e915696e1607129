/**
 * How the simulator names things in the events it emits, and how it recognises the stages
 * and touchpoints that play a special part (purchase, surveys, sign-up, channels that know
 * the customer). Names are matched in English and French, the two languages of the model.
 */
import type { Channel, Stage, Touchpoint } from '../model/schema.ts';

/** The Segment call a touchpoint visit becomes. */
export type CallType = 'page' | 'screen' | 'track';

const PURCHASE_STAGE = /purchas|achat|order|commande|checkout|paiement|payment|buy|contract/i;
const SURVEY_STAGE = /evaluat|évaluat|after|après|support|satisf|sav\b/i;
const SIGN_UP = /sign|account|regist|log ?in|subscri|inscri|compte|abonn|connexion/i;
const KNOWN_CHANNEL = /e-?mail|sms|phone|téléphone|store|magasin|call|courrier|mail|post/i;
const WEB_CHANNEL = /web|site|online|internet|en ligne/i;
const APP_CHANNEL = /\bapp|mobile|appli/i;

/** Title Case words of a name, without quotes or punctuation: `Product page` → `Product Page`. */
export function titleCaseOf(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => (word[0] ?? '').toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The event name of a visit to a touchpoint, stable for a given touchpoint name, in the
 * Segment "Object Action" style: `Product page` → `Product Page Viewed`. Used as the `event`
 * of track calls and the `name` of page and screen calls, so that mapping rules can match
 * any call type by this one name.
 */
export const eventNameOf = (touchpoint: Pick<Touchpoint, 'name'>): string =>
  `${titleCaseOf(touchpoint.name) || 'Touchpoint'} Viewed`;

/** The channel as events carry it (`context.channel`, `properties.channel`): its name, lower-cased. */
export const channelKeyOf = (channel: Pick<Channel, 'name'>): string => channel.name.toLowerCase();

/** Web pages are `page` calls, app screens `screen` calls, everything else `track` calls. */
export function callTypeOf(channel: Pick<Channel, 'name' | 'kind'>): CallType {
  if (channel.kind === 'digital' && APP_CHANNEL.test(channel.name)) return 'screen';
  if (channel.kind === 'digital' && WEB_CHANNEL.test(channel.name)) return 'page';
  return 'track';
}

/**
 * The index of the purchase stage: the first stage named like a purchase, else the fifth of
 * ten (the default template's position), scaled to the number of stages.
 */
export function purchaseStageIndexOf(stages: readonly Pick<Stage, 'name'>[]): number {
  const named = stages.findIndex((stage) => PURCHASE_STAGE.test(stage.name));
  if (named >= 0) return named;
  return Math.max(0, Math.round((stages.length - 1) * 0.45));
}

/**
 * The stages where customers are asked for a survey: after the purchase stage and named
 * like evaluation, after-sales or support; if none is, every stage from two after purchase.
 */
export function surveyStageIndexesOf(
  stages: readonly Pick<Stage, 'name'>[],
  purchaseIndex: number,
): number[] {
  const after = stages.map((_, index) => index).filter((index) => index > purchaseIndex);
  const named = after.filter((index) => SURVEY_STAGE.test(stages[index]?.name ?? ''));
  return named.length > 0 ? named : after.filter((index) => index >= purchaseIndex + 2);
}

/** A touchpoint where the customer gives their identity: sign-up, account, subscription. */
export const isSignUp = (touchpoint: Pick<Touchpoint, 'name'>): boolean =>
  SIGN_UP.test(touchpoint.name);

/** A channel that only reaches known customers: physical ones, email, SMS, phone, mail. */
export const knowsCustomer = (channel: Pick<Channel, 'name' | 'kind'>): boolean =>
  channel.kind === 'physical' ||
  (callTypeOf(channel) === 'track' && KNOWN_CHANNEL.test(channel.name));
