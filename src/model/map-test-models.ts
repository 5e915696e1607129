/**
 * Hand-built models for the journey-map tests: a tiny one whose geometry can be checked by
 * hand, and a realistic e-commerce journey to look at.
 */
import { newTouchpoint } from './defaults.ts';
import type { Channel, Journey, Stage, Touchpoint, Transition, WorkspaceModel } from './schema.ts';

type TouchpointInput = Pick<Touchpoint, 'id' | 'stageId' | 'channelId' | 'name'> &
  Partial<Touchpoint>;

export const touchpoint = (input: TouchpointInput): Touchpoint => newTouchpoint(input);

const stage = (id: string, name: string): Stage => ({ id, name, description: '' });
const channel = (id: string, name: string, kind: Channel['kind']): Channel => ({
  id,
  name,
  kind,
  media: [],
});
const move = (id: string, fromId: string, toId: string, possible = true): Transition => ({
  id,
  fromId,
  toId,
  possible,
  label: '',
});

function workspace(stages: Stage[], channels: Channel[], journey: Journey): WorkspaceModel {
  return {
    currency: 'EUR',
    personas: [
      {
        id: 'p1',
        name: 'Claire, active mum',
        description: '',
        goals: [],
        frustrations: [],
        share: 0.3,
        color: '#3366cc',
        pictureUrl: null,
      },
    ],
    phases: [],
    stages,
    channels,
    objectives: [],
    journeys: [journey],
  };
}

/** 2 stages × 2 channels, 3 touchpoints, one possible and one impossible transition. */
export function smallModel(): WorkspaceModel {
  return workspace(
    [stage('s1', 'Discover'), stage('s2', 'Buy')],
    [channel('c1', 'Web', 'digital'), channel('c2', 'Store', 'physical')],
    {
      id: 'j1',
      personaId: 'p1',
      state: 'current',
      name: 'First purchase',
      derivedFromId: null,
      touchpoints: [
        touchpoint({
          id: 't1',
          stageId: 's1',
          channelId: 'c1',
          name: 'Search engine ad',
          performance: 'enchantment',
          importance: 4,
          emotion: 2,
        }),
        touchpoint({
          id: 't2',
          stageId: 's1',
          channelId: 'c2',
          name: 'Shop window',
          performance: 'neutral',
          emotion: -1,
        }),
        touchpoint({
          id: 't3',
          stageId: 's2',
          channelId: 'c2',
          name: 'Checkout queue',
          performance: 'irritant',
          importance: 5,
          emotion: -3,
          rupture: true,
          momentOfTruth: true,
        }),
      ],
      transitions: [move('x1', 't1', 't3'), move('x2', 't2', 't3', false)],
    },
  );
}

const ECOMMERCE_STAGES: [string, string][] = [
  ['arrival', 'Arrivée (site ou magasin)'],
  ['search', "Recherche d'information"],
  ['compare', 'Comparaison'],
  ['select', 'Sélection'],
  ['purchase', 'Achat'],
  ['reception', 'Réception'],
  ['evaluation', 'Évaluation'],
  ['aftersales', 'Service après-vente'],
  ['loyalty', 'Fidélisation'],
  ['recommend', 'Recommandation'],
];

/** A realistic current journey over the default ten stages and six channels. */
export function ecommerceModel(): WorkspaceModel {
  const t = (
    id: string,
    stageId: string,
    channelId: string,
    name: string,
    extra: Partial<Touchpoint> = {},
  ) => touchpoint({ id, stageId, channelId, name, ...extra });
  const touchpoints: Touchpoint[] = [
    t('ad', 'arrival', 'social', 'Publicité Instagram ciblée « rentrée »', {
      performance: 'enchantment',
      importance: 3,
      emotion: 2,
    }),
    t('seo', 'arrival', 'web', 'Résultat Google vers page catégorie', {
      performance: 'neutral',
      importance: 4,
      emotion: 0,
    }),
    t('window', 'arrival', 'store', 'Vitrine du magasin de centre-ville', {
      performance: 'enchantment',
      importance: 2,
      emotion: 1,
    }),
    t('faq', 'search', 'web', 'Fiche produit sans guide des tailles', {
      performance: 'irritant',
      importance: 5,
      emotion: -2,
      momentOfTruth: true,
    }),
    t('chat', 'search', 'web', 'Chat en ligne', { performance: 'missing', importance: 3 }),
    t('advice', 'search', 'store', 'Conseil vendeur en rayon', {
      performance: 'enchantment',
      importance: 4,
      emotion: 3,
    }),
    t('reviews', 'compare', 'web', 'Avis clients et notes', {
      performance: 'enchantment',
      importance: 5,
      emotion: 2,
    }),
    t('compare', 'compare', 'web', 'Comparateur de produits', {
      performance: 'missing',
      importance: 2,
    }),
    t('stock', 'select', 'web', 'Disponibilité en magasin non affichée', {
      performance: 'irritant',
      importance: 4,
      emotion: -2,
      rupture: true,
    }),
    t('wishlist', 'select', 'app', 'Liste d’envies synchronisée', {
      performance: 'neutral',
      importance: 2,
      emotion: 0,
    }),
    t('cart', 'purchase', 'web', 'Paiement en 3 étapes avec création de compte obligatoire', {
      performance: 'irritant',
      importance: 5,
      emotion: -3,
      momentOfTruth: true,
      rupture: true,
    }),
    t('pay-app', 'purchase', 'app', 'Paiement en un clic', {
      performance: 'enchantment',
      importance: 4,
      emotion: 2,
    }),
    t('till', 'purchase', 'store', 'Passage en caisse', {
      performance: 'neutral',
      importance: 3,
      emotion: -1,
    }),
    t('confirm', 'purchase', 'email', 'E-mail de confirmation de commande', {
      performance: 'neutral',
      importance: 3,
      emotion: 1,
    }),
    t('track', 'reception', 'sms', 'SMS de suivi du colis', {
      performance: 'enchantment',
      importance: 4,
      emotion: 2,
    }),
    t('late', 'reception', 'phone', 'Appel au service client pour un colis en retard', {
      performance: 'irritant',
      importance: 5,
      emotion: -3,
      rupture: true,
    }),
    t('review-mail', 'evaluation', 'email', 'Demande d’avis J+7', {
      performance: 'neutral',
      importance: 2,
    }),
    t('return', 'aftersales', 'store', 'Retour en magasin d’un achat web', {
      performance: 'irritant',
      importance: 5,
      emotion: -2,
      momentOfTruth: true,
    }),
    t('return-web', 'aftersales', 'web', 'Formulaire de retour en ligne', {
      performance: 'missing',
      importance: 4,
    }),
    t('news', 'loyalty', 'email', 'Newsletter mensuelle personnalisée', {
      performance: 'neutral',
      importance: 2,
      emotion: 0,
    }),
    t('points', 'loyalty', 'app', 'Programme de points fidélité', {
      performance: 'enchantment',
      importance: 3,
      emotion: 2,
    }),
    t('sponsor', 'recommend', 'social', 'Parrainage : 10 € offerts au filleul', {
      performance: 'enchantment',
      importance: 3,
      emotion: 2,
    }),
  ];
  return workspace(
    ECOMMERCE_STAGES.map(([id, name]) => stage(id, name)),
    [
      channel('web', 'Site web', 'digital'),
      channel('app', 'Application mobile', 'digital'),
      channel('email', 'E-mail', 'digital'),
      channel('sms', 'SMS', 'digital'),
      channel('social', 'Réseaux sociaux', 'digital'),
      channel('store', 'Magasin', 'physical'),
      channel('phone', 'Service client (téléphone)', 'physical'),
    ],
    {
      id: 'shop',
      personaId: 'p1',
      state: 'current',
      name: 'Achat de vêtements enfants',
      derivedFromId: null,
      touchpoints,
      transitions: [
        move('m1', 'ad', 'faq'),
        move('m2', 'seo', 'faq'),
        move('m3', 'window', 'advice'),
        move('m4', 'faq', 'reviews'),
        move('m5', 'advice', 'stock', false),
        move('m6', 'reviews', 'stock'),
        move('m7', 'stock', 'cart'),
        move('m8', 'wishlist', 'pay-app'),
        move('m9', 'cart', 'confirm'),
        move('m10', 'confirm', 'track'),
        move('m11', 'track', 'late'),
        move('m12', 'late', 'review-mail', false),
        move('m13', 'review-mail', 'return'),
        move('m14', 'return', 'points'),
        move('m15', 'points', 'sponsor'),
      ],
    },
  );
}
