/**
 * Thomas's current journey, as qualified with the marketing, digital, CRM and
 * store-operations teams of the chain (figures: web analytics, till data,
 * the loyalty base and a week of observation in three stores).
 */
import type { JourneySpec, Link, Row } from './journey.ts';
import type { RetailKeys } from './retail-frame.ts';
import { THOMAS_BUYING_TEXTS } from './retail-thomas-texts-buying.ts';
import { THOMAS_OWNING_TEXTS } from './retail-thomas-texts-owning.ts';

// biome-ignore format: a qualification grid reads best with aligned columns
export const THOMAS_ROWS = [
  // key                  stage         medium          owner        phase          performance   emo  imp  inv  ipt  cost €   period  audience  setup   run   objectives                        flags
  ['leaflet',            'arrival',    'leaflet',      'marketing', 'suspect',     'neutral',       0,   2,   5,   3, 145000, 'month',  1800000,    80,   40, ['webToStore'],                   ''],
  ['localListing',       'arrival',    'storeListing', 'digital',   'suspect',     'enchantment',   1,   4,   1,   4,    300, 'month',   240000,    24,    8, ['webToStore'],                   ''],
  ['projectAd',          'arrival',    'socialAds',    'marketing', 'suspect',     'neutral',       0,   2,   3,   3,  12000, 'month',   380000,    30,   20, ['webToStore'],                   ''],
  ['storeEntrance',      'arrival',    'aisle',        'store',     'prospect',    'neutral',       0,   3,   3,   3,   2500, 'month',   610000,    60,   20, ['basket'],                       ''],
  ['webCatalogue',       'search',     'site',         'digital',   'prospect',    'neutral',       1,   4,   3,   4,   9000, 'month',   520000,   200,   60, ['webToStore'],                   ''],
  ['stockCheck',         'search',     'site',         'supply',    'prospect',    'irritant',     -2,   5,   3,   5,   1500, 'month',   160000,   120,   10, ['availability', 'webToStore'],   'truth+rupture'],
  ['tutorials',          'search',     'video',        'marketing', 'prospect',    'enchantment',   2,   4,   3,   4,   4000, 'month',   210000,    60,   40, ['basket', 'nps'],                ''],
  ['projectAppointment', 'search',     'site',         'store',     'prospect',    'missing',      -2,   4,   3,   4,   2500, 'month',     3000,   120,  300, ['basket', 'webToStore'],         ''],
  ['storePhoneCall',     'search',     'storePhone',   'store',     'prospect',    'irritant',     -2,   3,   1,   3,   6000, 'month',    18000,     8,  400, ['availability', 'nps'],          ''],
  ['aisleCompare',       'compare',    'aisle',        'store',     'prospect',    'neutral',      -1,   4,   4,   4,   3500, 'month',   450000,    80,  200, ['basket'],                       ''],
  ['aisleAdvisor',       'compare',    'advisor',      'store',     'prospect',    'enchantment',   3,   5,   4,   5, 180000, 'month',    95000,    80, 6000, ['basket', 'nps'],                'truth'],
  ['storeKiosk',         'compare',    'kiosk',        'digital',   'prospect',    'neutral',      -1,   1,   3,   1,   2200, 'month',     2500,    40,   16, ['availability'],                 ''],
  ['productReviews',     'compare',    'site',         'digital',   'prospect',    'enchantment',   1,   4,   2,   4,    700, 'month',   150000,    16,   10, ['basket'],                       ''],
  ['clickCollect',       'select',     'site',         'digital',   'prospect',    'neutral',       1,   4,   3,   5,   3000, 'month',    21000,   160,   20, ['webToStore', 'availability'],   ''],
  ['projectList',        'select',     'app',          'digital',   'prospect',    'enchantment',   1,   3,   3,   3,   1500, 'month',    30000,   200,   10, ['basket'],                       ''],
  ['woodCutting',        'select',     'advisor',      'store',     'prospect',    'irritant',     -2,   4,   3,   3,   8000, 'month',    12000,    40,  900, ['basket', 'nps'],                ''],
  ['till',               'purchase',   'till',         'store',     'newCustomer', 'irritant',     -2,   4,   4,   4,  95000, 'month',   240000,    40, 9000, ['nps'],                          ''],
  ['cardAtTill',         'purchase',   'loyaltyCard',  'crm',       'newCustomer', 'neutral',       0,   3,   2,   5,   4000, 'month',   130000,    80,   60, ['identification'],               ''],
  ['eReceipt',           'purchase',   'receipt',      'crm',       'newCustomer', 'enchantment',   1,   3,   2,   4,    400, 'month',    70000,   120,    2, ['identification'],               ''],
  ['scanAndGo',          'purchase',   'app',          'digital',   'newCustomer', 'missing',      -2,   4,   4,   4,   5000, 'month',    40000,   600,   40, ['nps', 'identification'],        ''],
  ['webCheckout',        'purchase',   'site',         'digital',   'newCustomer', 'irritant',     -1,   4,   2,   5,   2500, 'month',    28000,    80,    8, ['webToStore', 'identification'], 'rupture'],
  ['readySms',           'reception',  'sms',          'digital',   'newCustomer', 'enchantment',   1,   4,   1,   4,    600, 'month',    20000,    16,    1, ['webToStore'],                   ''],
  ['pickupDesk',         'reception',  'pickupDesk',   'store',     'newCustomer', 'irritant',     -2,   5,   3,   5,  14000, 'month',    19000,    80, 1100, ['webToStore', 'nps'],            'truth'],
  ['heavyDelivery',      'reception',  'truck',        'supply',    'newCustomer', 'neutral',      -1,   4,   4,   4,  38000, 'month',     4200,    80,  300, ['basket'],                       ''],
  ['storeSurvey',        'evaluation', 'sms',          'crm',       'newCustomer', 'neutral',       0,   2,   1,   3,    900, 'month',    25000,    24,    8, ['nps'],                          ''],
  ['storeReview',        'evaluation', 'storeListing', 'store',     'newCustomer', 'neutral',       0,   3,   1,   4,      0, 'month',     6000,     8,   40, ['nps'],                          ''],
  ['webReturn',          'afterSales', 'serviceDesk',  'store',     'newCustomer', 'irritant',     -3,   4,   2,   4,   3000, 'month',     2100,    40,  200, ['nps', 'webToStore'],            'truth+rupture'],
  ['serviceDesk',        'afterSales', 'serviceDesk',  'store',     'newCustomer', 'enchantment',   1,   4,   3,   4,  26000, 'month',    14000,    40, 2400, ['nps'],                          ''],
  ['callCentre',         'afterSales', 'callCentre',   'service',   'newCustomer', 'irritant',     -1,   3,   3,   3,  32000, 'month',     9000,   160, 1600, ['nps'],                          ''],
  ['pointsEmail',        'loyalty',    'triggered',    'crm',       'loyal',       'neutral',       0,   2,   2,   4,    800, 'month',    90000,    40,    8, ['identification'],               ''],
  ['newsletter',         'loyalty',    'newsletter',   'crm',       'loyal',       'neutral',       0,   2,   2,   3,   2500, 'month',   650000,    16,   60, ['webToStore'],                   ''],
  ['appCard',            'loyalty',    'app',          'crm',       'loyal',       'enchantment',   1,   3,   2,   4,    800, 'month',    45000,    80,    4, ['identification'],               ''],
  ['diyWorkshop',        'loyalty',    'workshop',     'store',     'loyal',       'enchantment',   3,   3,   3,   4,   6000, 'month',     1800,    40,  240, ['basket', 'nps'],                ''],
  ['winBack',            'loyalty',    'triggered',    'crm',       'lapsed',      'neutral',       0,   2,   1,   3,    400, 'month',    30000,    24,    4, ['identification', 'webToStore'], ''],
  ['projectPhotos',      'recommend',  'community',    'marketing', 'ambassador',  'enchantment',   2,   2,   1,   3,   1500, 'month',     4000,    24,   40, ['nps'],                          ''],
] as const satisfies readonly Row<RetailKeys>[];

export type ThomasRow = (typeof THOMAS_ROWS)[number];
export type ThomasKey = ThomasRow[0];

// biome-ignore format: one flow per line
const THOMAS_LINKS: readonly Link<ThomasKey>[] = [
  ['leaflet', 'storeEntrance', ['Vient pour l’offre du prospectus', 'Comes for the leaflet offer']],
  ['localListing', 'storeEntrance', ['Vérifie les horaires et vient', 'Checks the opening hours and comes']],
  ['localListing', 'webCatalogue', ['Clique sur « site web »', 'Clicks “website”']],
  ['projectAd', 'tutorials', ['Regarde le tutoriel promu', 'Watches the promoted tutorial']],
  ['tutorials', 'webCatalogue', ['Ouvre la liste du matériel', 'Opens the list of materials']],
  ['newsletter', 'webCatalogue', ['Clique sur une idée projet', 'Clicks a project idea']],
  ['webCatalogue', 'stockCheck', ['Vérifie le stock de son magasin', 'Checks stock at his store']],
  ['webCatalogue', 'productReviews', ['Lit les avis', 'Reads the reviews']],
  ['stockCheck', 'storePhoneCall', ['Doute du stock, appelle le magasin', 'Doubts the stock, calls the store']],
  ['stockCheck', 'storeEntrance', ['Se déplace sur la foi du stock affiché', 'Drives over trusting the stock shown']],
  ['stockCheck', 'aisleCompare', ['Produit « en stock » absent du rayon', 'Product “in stock” missing from the shelf'], 'broken'],
  ['storePhoneCall', 'storeEntrance', ['Obtient une réponse et se déplace', 'Gets an answer and drives over']],
  ['storeEntrance', 'aisleCompare', ['Va au rayon', 'Goes to the aisle']],
  ['storeEntrance', 'storeKiosk', ['Essaie la borne', 'Tries the kiosk']],
  ['storeKiosk', 'aisleAdvisor', ['Borne inutile, cherche un conseiller', 'Kiosk no help, looks for an adviser']],
  ['aisleCompare', 'aisleAdvisor', ['Cherche un conseiller', 'Looks for an adviser']],
  ['aisleAdvisor', 'woodCutting', ['Fait découper ses panneaux', 'Has his boards cut']],
  ['aisleAdvisor', 'till', ['Passe en caisse', 'Goes to the till']],
  ['woodCutting', 'till', ['Passe en caisse', 'Goes to the till']],
  ['productReviews', 'clickCollect', ['Réserve en click & collect', 'Reserves with click & collect']],
  ['productReviews', 'projectList', ['Ajoute à sa liste projet', 'Adds to his project list']],
  ['projectList', 'storeEntrance', ['Vient avec sa liste', 'Comes with his list']],
  ['clickCollect', 'webCheckout', ['Paie en ligne', 'Pays online']],
  ['webCheckout', 'readySms', ['Commande préparée', 'Order prepared']],
  ['webCheckout', 'heavyDelivery', ['Fait livrer les plaques de plâtre', 'Has the plasterboard delivered']],
  ['webCheckout', 'pointsEmail', ['Achat web absent du relevé de points', 'Web purchase missing from the points statement'], 'broken'],
  ['till', 'cardAtTill', ['Présente sa carte', 'Shows his card']],
  ['cardAtTill', 'eReceipt', ['Reçoit son ticket par e-mail', 'Gets his receipt by email']],
  ['cardAtTill', 'pointsEmail', ['Cumule des points', 'Earns points']],
  ['eReceipt', 'storeSurvey', ['Reçoit le questionnaire', 'Gets the survey']],
  ['eReceipt', 'serviceDesk', ['Rapporte un article avec le ticket e-mail', 'Brings an item back with the emailed receipt']],
  ['readySms', 'pickupDesk', ['Vient retirer sa commande', 'Comes to collect his order']],
  ['pickupDesk', 'storeReview', ['Note le magasin', 'Rates the store']],
  ['pickupDesk', 'webReturn', ['Un article ne convient pas', 'An item is not right']],
  ['heavyDelivery', 'storeSurvey', ['Reçoit le questionnaire', 'Gets the survey']],
  ['webReturn', 'callCentre', ['Retour refusé en magasin : appelle le service client', 'Return refused in store: calls customer service'], 'broken'],
  ['pointsEmail', 'appCard', ['Active sa carte dans l’appli', 'Activates his card in the app']],
  ['appCard', 'diyWorkshop', ['S’inscrit à un atelier', 'Signs up for a workshop']],
  ['diyWorkshop', 'projectPhotos', ['Partage sa réalisation', 'Shares his project']],
  ['winBack', 'storeEntrance', ['Revient avec le bon de réduction', 'Comes back with the voucher']],
];

export const THOMAS_CURRENT: JourneySpec<RetailKeys, ThomasKey> = {
  persona: 'thomas',
  name: ['Projet de rénovation — actuel', 'Renovation project — current'],
  rows: THOMAS_ROWS,
  texts: { ...THOMAS_BUYING_TEXTS, ...THOMAS_OWNING_TEXTS },
  links: THOMAS_LINKS,
};
