/**
 * Martine's current journey: shorter, more paper and phone than Camille's.
 * The same catalogue that Camille ignores is Martine's way in, and the return
 * label that annoys Camille blocks Martine outright.
 */
import type { EcommerceKeys } from './ecommerce-frame.ts';
import type { JourneySpec, Link, Row } from './journey.ts';

// biome-ignore format: a qualification grid reads best with aligned columns
const MARTINE_ROWS = [
  // key               stage         medium           owner        phase          performance   emo  imp  inv  ipt  cost €   period  audience  setup  run   objectives              flags
  ['catalogue',       'arrival',    'catalogue',     'brand',     'prospect',    'enchantment',   2,   4,   4,   3,  84000, 'year',     13000,   200,  20, ['repeat'],             ''],
  ['homePage',        'arrival',    'site',          'ecom',      'prospect',    'neutral',       0,   3,   3,   4,   4500, 'month',   180000,   120,  30, ['acquisition'],        ''],
  ['productPage',     'search',     'site',          'ecom',      'prospect',    'neutral',       0,   5,   3,   5,   3000, 'month',   140000,    80,  60, ['cart'],               ''],
  ['adviceCall',      'compare',    'phone',         'service',   'prospect',    'enchantment',   2,   5,   3,   4,  21000, 'month',     2900,   160, 480, ['cart', 'nps'],        'truth'],
  ['accountCreation', 'purchase',   'site',          'ecom',      'prospect',    'irritant',     -2,   4,   2,   4,      0, 'month',     5200,    40,   2, ['cart'],               ''],
  ['payment',         'purchase',   'site',          'finance',   'newCustomer', 'irritant',     -1,   5,   2,   5,  11500, 'month',     9500,    40,  16, ['cart'],               ''],
  ['phoneOrder',      'purchase',   'phone',         'service',   'newCustomer', 'missing',      -2,   4,   2,   3,   3000, 'month',      600,    40, 120, ['cart', 'nps'],        ''],
  ['orderEmail',      'purchase',   'transactional', 'crm',       'newCustomer', 'neutral',       1,   4,   1,   2,    150, 'month',     9500,     8,   1, ['nps'],                ''],
  ['delivery',        'reception',  'parcel',        'logistics', 'newCustomer', 'enchantment',   1,   5,   4,   5,  62000, 'month',     6100,    80, 120, ['nps'],                ''],
  ['returnLabel',     'afterSales', 'site',          'logistics', 'newCustomer', 'irritant',     -3,   4,   3,   4,  14000, 'month',     2300,    40,  90, ['costToServe', 'nps'], 'truth+rupture'],
  ['returnCall',      'afterSales', 'phone',         'service',   'newCustomer', 'neutral',       0,   4,   3,   4,  21000, 'month',     2900,   160, 480, ['costToServe'],        ''],
  ['newsletter',      'loyalty',    'newsletter',    'crm',       'loyal',       'neutral',       0,   3,   2,   3,   1900, 'month',   210000,    16,  40, ['repeat'],             ''],
] as const satisfies readonly Row<EcommerceKeys>[];

type MartineKey = (typeof MARTINE_ROWS)[number][0];

// biome-ignore format: one flow per line
const MARTINE_LINKS: readonly Link<MartineKey>[] = [
  ['catalogue', 'homePage', ['Tape l’adresse vue dans le catalogue', 'Types the address from the catalogue']],
  ['homePage', 'productPage', ['Retrouve l’article du catalogue', 'Finds the catalogue item']],
  ['productPage', 'adviceCall', ['Appelle pour la qualité du linge', 'Calls to ask about the linen quality']],
  ['adviceCall', 'productPage', ['Rassurée, revient sur la fiche', 'Reassured, goes back to the page']],
  ['productPage', 'accountCreation', ['Commande : doit créer un compte', 'Orders: has to create an account']],
  ['accountCreation', 'adviceCall', ['Bloquée par le mot de passe, rappelle', 'Stuck on the password, calls again']],
  ['accountCreation', 'payment', ['Compte créé', 'Account created']],
  ['payment', 'orderEmail', ['Commande validée', 'Order placed']],
  ['orderEmail', 'delivery', ['Colis livré', 'Parcel delivered']],
  ['delivery', 'returnLabel', ['Une housse n’a pas la bonne taille', 'A duvet cover is the wrong size']],
  ['returnLabel', 'returnCall', ['Sans imprimante : doit appeler', 'No printer: has to call'], 'broken'],
  ['delivery', 'newsletter', ['S’abonne à la newsletter', 'Subscribes to the newsletter']],
  ['newsletter', 'catalogue', ['Attend le catalogue suivant', 'Waits for the next catalogue']],
];

export const MARTINE_CURRENT: JourneySpec<EcommerceKeys, MartineKey> = {
  persona: 'martine',
  name: ['Achat de linge de maison — actuel', 'Buying household linen — current'],
  rows: MARTINE_ROWS,
  links: MARTINE_LINKS,
  texts: {
    catalogue: {
      fr: [
        'Catalogue papier saisonnier',
        'Reçu deux fois par an ; elle corne les pages.',
        '31 % des commandes de ce segment citent le catalogue : à garder pour lui.',
      ],
      en: [
        'Seasonal paper catalogue',
        'Received twice a year; she folds down the pages.',
        '31% of this segment’s orders mention the catalogue: keep it for them.',
      ],
    },
    homePage: {
      fr: [
        'Page d’accueil',
        'Arrive en tapant l’adresse, sur ordinateur.',
        'Les bannières mode ne lui parlent pas ; le linge est à trois clics.',
      ],
      en: [
        'Home page',
        'Arrives by typing the address, on a computer.',
        'The fashion banners do not speak to her; linen is three clicks away.',
      ],
    },
    productPage: {
      fr: [
        'Fiche produit linge de maison',
        'Dimensions, composition, entretien.',
        'Grammage et origine du lin absents : elle appelle pour les connaître.',
      ],
      en: [
        'Household linen page',
        'Sizes, composition, care.',
        'Fabric weight and linen origin missing: she calls to find out.',
      ],
    },
    adviceCall: {
      fr: [
        'Conseil par téléphone avant achat',
        'Appel au service client pour se rassurer sur la qualité.',
        'Moment de vérité : conseillère jugée compétente et aimable ; 62 % des appelantes commandent.',
      ],
      en: [
        'Advice by phone before buying',
        'Calls customer service to be reassured about quality.',
        'Moment of truth: the agent is found skilled and kind; 62% of callers then order.',
      ],
    },
    accountCreation: {
      fr: [
        'Création de compte',
        'Compte obligatoire, mot de passe de 12 caractères.',
        '23 % des nouvelles clientes de plus de 55 ans abandonnent ici.',
      ],
      en: [
        'Account creation',
        'Mandatory account, 12-character password.',
        '23% of new customers over 55 drop out here.',
      ],
    },
    payment: {
      fr: [
        'Paiement par carte',
        'Validation 3-D Secure par SMS.',
        'Inquiète de payer en ligne ; aimerait une alternative.',
      ],
      en: [
        'Card payment',
        '3-D Secure confirmation by SMS.',
        'Worried about paying online; would like another way.',
      ],
    },
    phoneOrder: {
      fr: [
        'Commande par téléphone',
        'Attendue par les clientes qui appellent déjà ; non proposée.',
        'Estimation : 600 commandes par mois, traitées par le plateau existant.',
      ],
      en: [
        'Ordering by phone',
        'Expected by customers who already call; not offered.',
        'Estimate: 600 orders a month, handled by the existing team.',
      ],
    },
    orderEmail: {
      fr: [
        'E-mail de confirmation',
        'Récapitulatif et délai de livraison.',
        'Imprimé et conservé ; rassurant.',
      ],
      en: ['Confirmation email', 'Summary and delivery date.', 'Printed and kept; reassuring.'],
    },
    delivery: {
      fr: [
        'Livraison à domicile',
        'Colis remis en main propre.',
        'Elle est chez elle en journée : livraison sans accroc.',
      ],
      en: [
        'Home delivery',
        'Parcel handed over in person.',
        'She is home during the day: delivery goes smoothly.',
      ],
    },
    returnLabel: {
      fr: [
        'Étiquette de retour à imprimer',
        'Étiquette PDF à imprimer depuis son compte.',
        'Moment de vérité et rupture : sans imprimante, elle ne peut pas retourner seule.',
      ],
      en: [
        'Return label to print',
        'A PDF label to print from her account.',
        'Moment of truth and rupture: without a printer she cannot return on her own.',
      ],
    },
    returnCall: {
      fr: [
        'Retour organisé par téléphone',
        'Le service client envoie une étiquette par courrier.',
        'Résout le problème, mais six jours de délai et un coût de 4 € par retour.',
      ],
      en: [
        'Return arranged by phone',
        'Customer service posts a label to her.',
        'Solves the problem, but takes six days and costs €4 per return.',
      ],
    },
    newsletter: {
      fr: [
        'Newsletter',
        'Trois envois par semaine.',
        'Ouvre surtout les envois linge ; trouve le rythme trop soutenu.',
      ],
      en: [
        'Newsletter',
        'Three sends a week.',
        'Mostly opens the linen ones; finds the pace too high.',
      ],
    },
  },
};
