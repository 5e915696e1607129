/**
 * Thomas's target journey: one customer across web and store. Stock becomes
 * live, web and store share one customer record (points, returns), advice can
 * be booked, and the Saturday queues are taken apart. The kiosk is dropped.
 */
import type { Row } from './journey.ts';
import type { RetailKeys } from './retail-frame.ts';
import type { ThomasKey } from './retail-thomas.ts';
import type { TargetSpec } from './target.ts';

// biome-ignore format: a qualification grid reads best with aligned columns
const ADDED_ROWS = [
  // key               stage        medium        owner     phase          performance   emo  imp  inv  ipt  cost €   period  audience  setup  run   objectives                      flags
  ['stockAlert',      'search',    'sms',        'supply', 'prospect',    'enchantment',   1,   3,   2,   4,    400, 'month',     8000,    40,   2, ['availability', 'webToStore'], ''],
  ['pickupLockers',   'reception', 'pickupDesk', 'store',  'newCustomer', 'enchantment',   2,   4,   4,   4,   2800, 'month',     6000,   200,  20, ['webToStore', 'nps'],          ''],
  ['projectFollowUp', 'loyalty',   'triggered',  'crm',    'loyal',       'enchantment',   1,   3,   2,   4,    600, 'month',    20000,    60,   4, ['basket', 'identification'],   ''],
] as const satisfies readonly Row<RetailKeys>[];

type AddedKey = (typeof ADDED_ROWS)[number][0];

export const THOMAS_TARGET: TargetSpec<RetailKeys, ThomasKey, AddedKey> = {
  name: ['Projet de rénovation — cible', 'Renovation project — target'],
  removed: ['storeKiosk'],
  changes: {
    stockCheck: {
      performance: 'enchantment',
      emotion: 2,
      flags: 'truth',
      cost: [3500, 'month'],
      notes: [
        'Stock en temps réel par magasin, avec l’allée et l’emplacement du produit.',
        'Live stock per store, with the aisle and location of the product.',
      ],
    },
    projectAppointment: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Rendez-vous de 45 min réservable en ligne, le conseiller prépare le projet à l’avance.',
        'A 45-minute appointment booked online; the adviser prepares the project beforehand.',
      ],
    },
    storePhoneCall: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Appels renvoyés vers une équipe régionale qui voit le stock et réserve les rendez-vous.',
        'Calls routed to a regional team that sees stock and books appointments.',
      ],
    },
    aisleCompare: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Étiquettes avec QR code vers la fiche technique et le tutoriel.',
        'Labels with a QR code to the technical sheet and the tutorial.',
      ],
    },
    woodCutting: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Plan de découpe saisi en ligne, panneaux prêts avec la commande.',
        'Cutting plan entered online, boards ready with the order.',
      ],
    },
    till: {
      performance: 'neutral',
      emotion: 0,
      notes: [
        'Caisses ouvertes selon l’affluence prévue, caisse dédiée aux retraits et aux pros le samedi.',
        'Tills opened to forecast footfall, a dedicated till for collections and trade on Saturdays.',
      ],
    },
    scanAndGo: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Scan & go dans l’appli, contrôle aléatoire à la sortie.',
        'Scan & go in the app, random checks at the exit.',
      ],
    },
    webCheckout: {
      performance: 'enchantment',
      emotion: 1,
      flags: '',
      notes: [
        'Compte web et carte fusionnés : les achats en ligne rapportent des points.',
        'Web account and card merged: online purchases earn points.',
      ],
    },
    pickupDesk: {
      performance: 'enchantment',
      emotion: 1,
      flags: 'truth',
      notes: [
        'Comptoir déplacé à l’entrée, objectif 3 minutes d’attente.',
        'Desk moved to the entrance, 3-minute wait target.',
      ],
    },
    webReturn: {
      performance: 'enchantment',
      emotion: 1,
      flags: 'truth',
      notes: [
        'Tout magasin reprend les achats web et rembourse sur place.',
        'Any store takes back web purchases and refunds on the spot.',
      ],
    },
    callCentre: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Le service client voit les achats web et magasin du client.',
        'Customer service sees the customer’s web and store purchases.',
      ],
    },
  },
  added: ADDED_ROWS,
  addedTexts: {
    stockAlert: {
      fr: [
        'Alerte de retour en stock',
        'SMS dès que le produit revient dans le magasin choisi.',
        'Nouveau : transforme une rupture en réservation.',
      ],
      en: [
        'Back-in-stock alert',
        'SMS as soon as the product is back at the chosen store.',
        'New: turns a stock-out into a reservation.',
      ],
    },
    pickupLockers: {
      fr: [
        'Casiers de retrait 24 h/24',
        'Casiers à l’entrée pour les commandes de moins de 30 kg.',
        'Nouveau : retrait à 7 h avant le chantier, sans passer au comptoir.',
      ],
      en: [
        '24/7 collection lockers',
        'Lockers at the entrance for orders under 30 kg.',
        'New: collect at 7 am before work, without going to the desk.',
      ],
    },
    projectFollowUp: {
      fr: [
        'Suivi de chantier par e-mail',
        'Conseils et consommables de l’étape suivante, 7 jours après l’achat.',
        'Nouveau : vise la visite suivante et l’identification de l’achat.',
      ],
      en: [
        'Project follow-up email',
        'Tips and consumables for the next step, 7 days after purchase.',
        'New: aims at the next visit and an identified purchase.',
      ],
    },
  },
  droppedLinks: [['webReturn', 'callCentre']],
  repairedLinks: [
    [
      'stockCheck',
      'aisleCompare',
      ['Trouve le produit à l’allée indiquée', 'Finds the product in the aisle shown'],
    ],
    [
      'webCheckout',
      'pointsEmail',
      ['Achat web crédité en points', 'Web purchase credited in points'],
    ],
  ],
  // biome-ignore format: one flow per line
  addedLinks: [
    ['stockCheck', 'stockAlert', ['Demande une alerte de retour en stock', 'Asks for a back-in-stock alert']],
    ['stockAlert', 'clickCollect', ['Réserve dès le retour en stock', 'Reserves as soon as it is back']],
    ['webCatalogue', 'projectAppointment', ['Réserve un rendez-vous projet', 'Books a project appointment']],
    ['projectAppointment', 'aisleAdvisor', ['Retrouve son conseiller en magasin', 'Meets his adviser in store']],
    ['projectList', 'scanAndGo', ['Scanne ses articles en rayon', 'Scans his items in the aisle']],
    ['scanAndGo', 'eReceipt', ['Paie dans l’appli, ticket par e-mail', 'Pays in the app, receipt by email']],
    ['readySms', 'pickupLockers', ['Retire au casier à 7 h', 'Collects from the locker at 7 am']],
    ['pickupLockers', 'storeReview', ['Note le magasin', 'Rates the store']],
    ['webReturn', 'serviceDesk', ['Remboursé sur place', 'Refunded on the spot']],
    ['eReceipt', 'projectFollowUp', ['Reçoit les conseils de l’étape suivante', 'Gets tips for the next step']],
    ['projectFollowUp', 'projectList', ['Prépare l’étape suivante', 'Plans the next step']],
  ],
};
