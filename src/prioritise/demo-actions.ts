/**
 * The demo workspace's actions (e-commerce template, "Maison Lumière"): what its CRM,
 * e-commerce and service teams would put on the table for next year, tied to Camille's
 * touchpoints, with costs and returns a marketing director would find plausible for a
 * retailer of about €9M online revenue. Money in euros; recurring costs per month.
 */
import type { Bi } from '../model/templates/frame.ts';
import type { ActionFields } from './schema.ts';

export type DemoChannel =
  | 'web'
  | 'app'
  | 'email'
  | 'sms'
  | 'social'
  | 'service'
  | 'parcel'
  | 'marketplace';

export interface DemoAction {
  readonly key: string;
  readonly name: Bi;
  readonly description: Bi;
  readonly owner: Bi;
  readonly status: ActionFields['status'];
  /** Keys of Camille's touchpoints (src/model/templates/ecommerce-camille.ts). */
  readonly touchpoints: readonly string[];
  readonly channel: DemoChannel | null;
  readonly oneOff: number;
  readonly monthly: number;
  readonly divisible?: { readonly min: number };
  readonly effort: number;
  readonly weeks: number;
  readonly requires?: readonly string[];
  /** Expected return in euros: short, medium, long term. */
  readonly returns: readonly [number, number, number];
  readonly rice: readonly [
    impact: ActionFields['riceImpact'],
    confidence: ActionFields['confidence'],
  ];
}

const ECOM: Bi = ['Équipe e-commerce', 'E-commerce team'];
const CRM: Bi = ['Équipe CRM', 'CRM team'];
const SERVICE: Bi = ['Service client', 'Customer service'];
const LOGISTICS: Bi = ['Logistique', 'Logistics'];
const DIGITAL: Bi = ['Produit digital', 'Digital product'];
const BRAND: Bi = ['Marque et contenus', 'Brand and content'];

// biome-ignore format: one action per block reads best
export const DEMO_ACTIONS: readonly DemoAction[] = [
  { key: 'checkout', name: ['Tunnel de commande en une page, frais de port affichés dès le panier', 'One-page checkout with shipping costs shown from the cart'],
    description: ['Refonte du tunnel : une seule page, frais de port et délai visibles dès le panier, paiement express.', 'Checkout redesign: one page, shipping cost and delay visible from the cart, express payment.'],
    owner: ECOM, status: 'planned', touchpoints: ['checkout', 'cart', 'payment'], channel: 'web',
    oneOff: 45_000, monthly: 0, effort: 4, weeks: 10, returns: [220_000, 60_000, 20_000], rice: [3, 0.8] },
  { key: 'onboarding', name: ['Séquence d’e-mails après le premier achat', 'Post-purchase onboarding email sequence'],
    description: ['Quatre e-mails après la première commande : suivi, conseils d’entretien, avis, sélection personnalisée.', 'Four emails after the first order: tracking, care tips, review request, personal selection.'],
    owner: CRM, status: 'idea', touchpoints: ['orderEmail', 'reviewRequest', 'parcelInsert'], channel: 'email',
    oneOff: 6_000, monthly: 500, effort: 1, weeks: 4, returns: [15_000, 45_000, 10_000], rice: [2, 0.8] },
  { key: 'cartReminder', name: ['Relance de panier abandonné avec promesse de livraison', 'Cart abandonment reminder with a delivery promise'],
    description: ['Relance e-mail à 1 h puis SMS à 24 h, avec le délai de livraison et le coût de port du panier.', 'Email reminder after 1 h then SMS after 24 h, showing the cart’s delivery delay and shipping cost.'],
    owner: CRM, status: 'idea', touchpoints: ['cartReminder', 'cart'], channel: 'email',
    oneOff: 4_000, monthly: 800, effort: 1, weeks: 3, returns: [60_000, 8_000, 0], rice: [2, 0.8] },
  { key: 'sizeGuide', name: ['Guide des tailles intelligent', 'Smart size guide (fit predictor)'],
    description: ['Recommandation de taille à partir des achats et retours passés ; moins de retours pour taille.', 'Size recommendation from past purchases and returns; fewer returns for size.'],
    owner: ECOM, status: 'planned', touchpoints: ['sizeGuide', 'productPage', 'returnRequest'], channel: 'web',
    oneOff: 35_000, monthly: 1_500, effort: 3, weeks: 12, returns: [80_000, 60_000, 30_000], rice: [2, 0.5] },
  { key: 'qrReturns', name: ['Retours gratuits par QR code, sans imprimante', 'Free returns by QR code, no printer needed'],
    description: ['Dépôt en point relais avec un QR code reçu par e-mail ; remboursement déclenché au dépôt.', 'Drop-off at a pick-up point with a QR code sent by email; refund triggered at drop-off.'],
    owner: LOGISTICS, status: 'planned', touchpoints: ['returnRequest', 'refund', 'relayPickup'], channel: 'parcel',
    oneOff: 20_000, monthly: 3_000, effort: 2, weeks: 8, returns: [10_000, 120_000, 60_000], rice: [3, 0.8] },
  { key: 'customerView', name: ['Vue client unique dans le CRM (nettoyage des données)', 'Single customer view in the CRM (data clean-up)'],
    description: ['Dédoublonnage, rapprochement site / appli / service client, consentements à jour.', 'De-duplication, matching web / app / customer service, consents brought up to date.'],
    owner: CRM, status: 'in-progress', touchpoints: ['newsletter', 'winBack'], channel: null,
    oneOff: 40_000, monthly: 0, effort: 5, weeks: 14, returns: [0, 30_000, 10_000], rice: [1, 0.8] },
  { key: 'loyalty', name: ['Programme de fidélité : points et ventes privées', 'Loyalty programme: points and private sales'],
    description: ['Points sur chaque commande, paliers, accès anticipé aux ventes privées, cadeau d’anniversaire.', 'Points on every order, tiers, early access to private sales, birthday gift.'],
    owner: CRM, status: 'planned', touchpoints: ['loyaltyScheme', 'privateSaleSms', 'birthdayOffer'], channel: null,
    oneOff: 60_000, monthly: 5_000, effort: 8, weeks: 16, requires: ['customerView'], returns: [20_000, 260_000, 120_000], rice: [3, 0.5] },
  { key: 'splitPayment', name: ['Paiement en 3 ou 4 fois', 'Pay in 3 or 4 instalments'],
    description: ['Paiement fractionné dès 100 € avec un prestataire ; frais pris en charge par la marque.', 'Split payment from €100 with a provider; fees paid by the brand.'],
    owner: ['Finance', 'Finance'], status: 'planned', touchpoints: ['splitPayment', 'payment'], channel: 'web',
    oneOff: 5_000, monthly: 1_200, effort: 1, weeks: 4, returns: [55_000, 10_000, 0], rice: [1, 0.8] },
  { key: 'helpdesk', name: ['Outil de service client omnicanal', 'Omnichannel customer-service desk'],
    description: ['Un seul outil pour le téléphone, le formulaire et les messages Instagram, avec l’historique client.', 'One tool for phone, form and Instagram messages, with the customer’s history.'],
    owner: SERVICE, status: 'idea', touchpoints: ['servicePhone', 'contactForm', 'instaDm'], channel: 'service',
    oneOff: 30_000, monthly: 1_000, effort: 3, weeks: 10, returns: [0, 25_000, 10_000], rice: [1, 0.8] },
  { key: 'liveChat', name: ['Chat en direct sur les fiches produit', 'Live chat on product pages'],
    description: ['Conseillers disponibles de 9 h à 21 h, avec l’historique de commande du client.', 'Advisers available 9 am to 9 pm, with the customer’s order history.'],
    owner: SERVICE, status: 'idea', touchpoints: ['liveChat', 'sizeGuide', 'instaDm'], channel: 'service',
    oneOff: 8_000, monthly: 4_500, effort: 2, weeks: 6, requires: ['helpdesk'], returns: [70_000, 40_000, 25_000], rice: [2, 0.5] },
  { key: 'wishlist', name: ['Liste d’envies synchronisée entre appli et site', 'Wishlist synced between app and site'],
    description: ['La liste créée dans l’appli se retrouve sur le site, et inversement.', 'A list made in the app is there on the site, and the other way round.'],
    owner: DIGITAL, status: 'idea', touchpoints: ['wishlist', 'appBrowse'], channel: 'app',
    oneOff: 30_000, monthly: 0, effort: 3, weeks: 8, returns: [15_000, 35_000, 10_000], rice: [1, 0.8] },
  { key: 'ambassadors', name: ['Programme d’ambassadrices et contenus clients', 'Ambassador programme and customer content'],
    description: ['Créatrices rémunérées au mois et photos clientes reprises sur les fiches ; montant ajustable.', 'Creators paid monthly and customer photos shown on product pages; the amount can be scaled.'],
    owner: BRAND, status: 'idea', touchpoints: ['influencer', 'ugcPhotos', 'referral'], channel: 'social',
    oneOff: 0, monthly: 8_000, divisible: { min: 30_000 }, effort: 2, weeks: 4, returns: [70_000, 40_000, 90_000], rice: [1, 0.5] },
  { key: 'catalogue', name: ['Catalogue papier réservé aux clientes fidèles', 'Paper catalogue for loyal customers only'],
    description: ['Envoi ciblé à 13 000 fidèles au lieu de toute la base ; version allégée.', 'Sent to 13,000 loyal customers instead of the whole base; a lighter edition.'],
    owner: BRAND, status: 'idea', touchpoints: ['paperCatalogue'], channel: 'parcel',
    oneOff: 5_000, monthly: 3_000, effort: 1, weeks: 6, returns: [25_000, 30_000, 15_000], rice: [0.5, 0.8] },
  { key: 'deliverySms', name: ['SMS de suivi avec choix du créneau de livraison', 'Tracking SMS with a choice of delivery slot'],
    description: ['Le SMS d’expédition propose de choisir un créneau ou un point relais.', 'The shipping SMS offers to pick a time slot or a pick-up point.'],
    owner: LOGISTICS, status: 'planned', touchpoints: ['shippingSms', 'homeDelivery'], channel: 'sms',
    oneOff: 12_000, monthly: 1_000, effort: 2, weeks: 6, returns: [5_000, 25_000, 35_000], rice: [1, 0.8] },
  { key: 'reviews', name: ['Avis vérifiés sur les fiches produit', 'Verified reviews on product pages'],
    description: ['Collecte d’avis après livraison et affichage sur les fiches ; en place depuis le printemps.', 'Reviews collected after delivery and shown on product pages; live since the spring.'],
    owner: ECOM, status: 'done', touchpoints: ['productReviews', 'publicReview'], channel: 'web',
    oneOff: 15_000, monthly: 650, effort: 1, weeks: 6, returns: [40_000, 20_000, 20_000], rice: [2, 1] },
];

export interface DemoChannelBudget {
  readonly channel: DemoChannel;
  readonly min: number;
  readonly max: number | null;
  /** Euros returned per euro of media, short, medium, long term. */
  readonly returns: readonly [number, number, number];
}

/** Media budgets for the year: paid search and shopping, social ads, email, SMS… */
export const DEMO_CHANNEL_BUDGETS: readonly DemoChannelBudget[] = [
  { channel: 'web', min: 150_000, max: 320_000, returns: [3.2, 0.6, 0.1] },
  { channel: 'social', min: 60_000, max: 180_000, returns: [1.1, 0.6, 0.5] },
  { channel: 'email', min: 10_000, max: 50_000, returns: [4, 1.5, 0.4] },
  { channel: 'sms', min: 0, max: 30_000, returns: [2, 0.8, 0.1] },
  { channel: 'marketplace', min: 0, max: 120_000, returns: [2.2, 0.2, 0] },
  { channel: 'parcel', min: 0, max: 100_000, returns: [0.8, 0.9, 0.6] },
  { channel: 'app', min: 0, max: 80_000, returns: [1.5, 1, 0.4] },
  { channel: 'service', min: 0, max: 60_000, returns: [0, 0, 0] },
];

export const DEMO_BUDGET_EUROS = 750_000;

/** Which horizon each objective of the template serves. */
export const DEMO_OBJECTIVE_HORIZONS = {
  repeat: 'medium',
  cart: 'short',
  nps: 'long',
  costToServe: 'medium',
  acquisition: 'short',
} as const;
