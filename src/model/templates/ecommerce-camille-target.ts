/**
 * Camille's target journey: the recommendations of the workshop. Every
 * irritant is fixed, the three missing touchpoints are offered, the paper
 * catalogue is dropped for this segment (kept for Martine's), and three
 * touchpoints are created where the current journey leaves Camille alone.
 */
import type { CamilleKey } from './ecommerce-camille.ts';
import type { EcommerceKeys } from './ecommerce-frame.ts';
import type { Row } from './journey.ts';
import type { TargetSpec } from './target.ts';

// biome-ignore format: a qualification grid reads best with aligned columns
const ADDED_ROWS = [
  // key             stage         medium       owner        phase          performance   emo  imp  inv  ipt  cost €   period  audience  setup  run   objectives                 flags
  ['liveTracking',  'reception',  'push',      'digital',   'newCustomer', 'enchantment',   2,   4,   3,   4,    900, 'month',     7000,   120,   4, ['nps', 'costToServe'],    ''],
  ['sizeExchange',  'afterSales', 'site',      'logistics', 'newCustomer', 'enchantment',   2,   4,   3,   4,   3500, 'month',     1200,    80,  30, ['repeat', 'costToServe'], ''],
  ['welcomeSeries', 'loyalty',    'triggered', 'crm',       'newCustomer', 'enchantment',   1,   3,   2,   4,    500, 'month',     4000,    40,   4, ['repeat'],                ''],
] as const satisfies readonly Row<EcommerceKeys>[];

type AddedKey = (typeof ADDED_ROWS)[number][0];

export const CAMILLE_TARGET: TargetSpec<EcommerceKeys, CamilleKey, AddedKey> = {
  name: ['Achat mode et déco en ligne — cible', 'Buying fashion and decor online — target'],
  removed: ['paperCatalogue'],
  changes: {
    siteSearch: {
      performance: 'enchantment',
      emotion: 1,
      investment: 3,
      cost: [1800, 'month'],
      notes: [
        'Recherche sémantique (synonymes, couleurs, matières) et suggestions dès la deuxième lettre.',
        'Semantic search (synonyms, colours, materials) with suggestions from the second letter.',
      ],
    },
    sizeGuide: {
      performance: 'enchantment',
      emotion: 2,
      name: ['Conseiller de taille personnalisé', 'Personal size adviser'],
      investment: 3,
      cost: [1200, 'month'],
      notes: [
        'Taille recommandée par marque à partir des motifs de retour ; objectif -20 % de retours « taille ».',
        'Size recommended per brand from return reasons; target: 20% fewer size returns.',
      ],
    },
    liveChat: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Chat avec des conseillères mode et maison de 9 h à 20 h, réponse en moins d’une minute.',
        'Chat with fashion and home advisers from 9 am to 8 pm, answered in under a minute.',
      ],
    },
    wishlist: {
      performance: 'enchantment',
      emotion: 2,
      flags: '',
      notes: [
        'Liste d’envies liée au compte, la même dans l’appli et sur le site.',
        'The wishlist belongs to the account: the same in the app and on the site.',
      ],
    },
    instaDm: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Réponse sous 2 h en journée ; les questions produit sont orientées vers le chat.',
        'Answered within 2 h in the daytime; product questions are routed to the chat.',
      ],
    },
    promoCode: {
      performance: 'neutral',
      emotion: 1,
      flags: '',
      notes: [
        'Codes uniques valables sur tous les canaux, message clair quand un code ne s’applique pas.',
        'Unique codes valid on every channel, with a clear message when a code does not apply.',
      ],
    },
    cartReminder: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Deux relances (1 h et 24 h) avec les articles du panier et les tailles encore disponibles.',
        'Two reminders (1 h and 24 h) showing the cart items and the sizes still in stock.',
      ],
    },
    checkout: {
      performance: 'enchantment',
      emotion: 1,
      notes: [
        'Frais de port affichés dès la fiche produit, commande sans compte, 3 étapes au lieu de 5.',
        'Shipping costs shown on the product page, guest checkout, 3 steps instead of 5.',
      ],
    },
    splitPayment: {
      performance: 'enchantment',
      emotion: 1,
      notes: [
        'Paiement en 3 fois sans frais dès 150 € avec un partenaire de financement.',
        'Pay in 3 interest-free instalments from €150 with a financing partner.',
      ],
    },
    shippingSms: {
      performance: 'enchantment',
      emotion: 1,
      notes: [
        'Lien vers une page de suivi à la marque où l’on change de créneau ou de point relais.',
        'Link to a branded tracking page where the slot or pick-up point can be changed.',
      ],
    },
    npsSurvey: {
      performance: 'neutral',
      emotion: 0,
      notes: [
        'Trois questions au lieu de 25, envoyées à J+3.',
        'Three questions instead of 25, sent on day 3.',
      ],
    },
    helpCentre: {
      performance: 'neutral',
      emotion: 0,
      notes: [
        'Articles réécrits à partir des 30 motifs de contact les plus fréquents.',
        'Articles rewritten from the 30 most frequent contact reasons.',
      ],
    },
    returnRequest: {
      performance: 'enchantment',
      emotion: 1,
      flags: 'truth',
      setupHours: 120,
      notes: [
        'Retour par QR code en point relais, sans imprimante ; l’échange de taille est proposé en premier.',
        'Return with a QR code at a pick-up point, no printer needed; a size exchange is offered first.',
      ],
    },
    servicePhone: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Rappel programmé et ouverture le samedi ; les appels « où est ma commande ? » divisés par deux.',
        'Scheduled call-backs and Saturday opening; “where is my order?” calls halved.',
      ],
    },
    refund: {
      performance: 'enchantment',
      emotion: 1,
      notes: [
        'Remboursement dès le dépôt du colis en point relais (scan du transporteur).',
        'Refund as soon as the parcel is dropped at the pick-up point (carrier scan).',
      ],
    },
    appPush: {
      performance: 'neutral',
      emotion: 0,
      notes: [
        'Deux notifications par semaine au plus, choisies selon les univers consultés.',
        'Two notifications a week at most, chosen from the ranges she browses.',
      ],
    },
    loyaltyScheme: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Programme à paliers : livraison offerte, accès anticipé aux ventes privées, retours prolongés.',
        'Tiered programme: free delivery, early access to private sales, longer returns.',
      ],
    },
  },
  added: ADDED_ROWS,
  addedTexts: {
    liveTracking: {
      fr: [
        'Suivi de livraison dans l’appli',
        'Position du livreur et créneau modifiable en temps réel.',
        'Nouveau : doit retirer la moitié des appels « où est ma commande ? ».',
      ],
      en: [
        'Delivery tracking in the app',
        'Courier position and a slot that can be changed in real time.',
        'New: should remove half of the “where is my order?” calls.',
      ],
    },
    sizeExchange: {
      fr: [
        'Échange de taille en un clic',
        'Nouvelle taille expédiée dès le dépôt du retour.',
        'Nouveau : garde la vente au lieu de la rembourser.',
      ],
      en: [
        'One-click size exchange',
        'The new size ships as soon as the return is dropped off.',
        'New: keeps the sale instead of refunding it.',
      ],
    },
    welcomeSeries: {
      fr: [
        'Parcours de bienvenue',
        'Trois e-mails après la première commande : conseils, univers, programme de fidélité.',
        'Nouveau : vise le deuxième achat dans les 90 jours.',
      ],
      en: [
        'Welcome series',
        'Three emails after the first order: tips, ranges, loyalty programme.',
        'New: aims at a second order within 90 days.',
      ],
    },
  },
  droppedLinks: [
    ['sizeGuide', 'instaDm'],
    ['promoCode', 'servicePhone'],
    ['shippingSms', 'servicePhone'],
    ['returnRequest', 'helpCentre'],
    ['returnRequest', 'servicePhone'],
  ],
  repairedLinks: [
    [
      'wishlist',
      'productPage',
      ['Retrouve sa liste sur ordinateur', 'Finds her list on her laptop'],
    ],
  ],
  // biome-ignore format: one flow per line
  addedLinks: [
    ['sizeGuide', 'liveChat', ['Pose sa question au chat', 'Asks the chat']],
    ['liveChat', 'cart', ['Rassurée, ajoute au panier', 'Reassured, adds to cart']],
    ['promoCode', 'checkout', ['Code accepté', 'Code accepted']],
    ['checkout', 'splitPayment', ['Choisit de payer en 3 fois', 'Chooses to pay in 3 instalments']],
    ['splitPayment', 'orderEmail', ['Commande validée', 'Order placed']],
    ['orderEmail', 'liveTracking', ['Suit son colis dans l’appli', 'Tracks her parcel in the app']],
    ['liveTracking', 'homeDelivery', ['Choisit son créneau', 'Picks her slot']],
    ['liveTracking', 'relayPickup', ['Bascule vers un point relais', 'Switches to a pick-up point']],
    ['unboxing', 'sizeExchange', ['Échange sa taille', 'Exchanges the size']],
    ['returnRequest', 'sizeExchange', ['Choisit l’échange plutôt que le remboursement', 'Chooses an exchange over a refund']],
    ['unboxing', 'welcomeSeries', ['Entre dans le parcours de bienvenue', 'Enters the welcome series']],
    ['welcomeSeries', 'loyaltyScheme', ['Adhère au programme', 'Joins the programme']],
    ['loyaltyScheme', 'privateSaleSms', ['Accède aux ventes privées en avance', 'Gets early access to private sales']],
    ['loyaltyScheme', 'referral', ['Parraine une amie contre des points', 'Refers a friend for points']],
  ],
};
