/**
 * Sophie's target journey: one client record from the first download to the
 * renewal. Prices are shown, sales calls back with the context, signing and
 * data collection go online, onboarding is planned and shared, and renewal is
 * prepared in quarterly reviews instead of announced by letter. The printed
 * brochure is dropped.
 */
import type { B2bKeys } from './b2b-frame.ts';
import type { SophieKey } from './b2b-sophie.ts';
import type { Row } from './journey.ts';
import type { TargetSpec } from './target.ts';

// biome-ignore format: a qualification grid reads best with aligned columns
const ADDED_ROWS = [
  // key                 stage         medium           owner         phase         performance   emo  imp  inv  ipt  cost €   period  audience  setup  run   objectives                   flags
  ['onboardingSurvey',  'onboarding', 'transactional', 'onboarding', 'newClient',  'neutral',       1,   3,   1,   4,    200, 'month',       25,    16,   8, ['onboarding', 'retention'], ''],
  ['payrollAcademy',    'use',        'portal',        'payroll',    'loyal',      'enchantment',   1,   3,   2,   3,    800, 'month',      600,   120,  10, ['retention'],               ''],
  ['referralProgramme', 'advocacy',   'site',          'marketing',  'ambassador', 'enchantment',   1,   3,   2,   4,   1000, 'month',       40,    40,   8, ['advocacy', 'pipeline'],    ''],
] as const satisfies readonly Row<B2bKeys>[];

type AddedKey = (typeof ADDED_ROWS)[number][0];

export const SOPHIE_TARGET: TargetSpec<B2bKeys, SophieKey, AddedKey> = {
  name: ['Externalisation de la paie — cible', 'Outsourcing payroll — target'],
  removed: ['brochure'],
  changes: {
    pricingPage: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Prix indicatif par bulletin et par tranche d’effectif, affiché.',
        'An indicative price per payslip and headcount band, published.',
      ],
    },
    priceSimulator: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Simulateur en 5 questions, le résultat est transmis au commercial avec la demande.',
        'A 5-question simulator whose result reaches sales with the request.',
      ],
    },
    discoveryCall: {
      performance: 'enchantment',
      emotion: 1,
      flags: '',
      notes: [
        'Rappel sous 24 h ; le commercial voit les contenus lus, le webinaire suivi et la simulation.',
        'Called back within 24 h; sales see the content read, the webinar attended and the simulation.',
      ],
    },
    securityReview: {
      performance: 'neutral',
      emotion: 0,
      notes: [
        'Dossier sécurité et RGPD prérempli, téléchargeable dès la démonstration.',
        'A pre-filled security and GDPR pack, downloadable from the demo onwards.',
      ],
    },
    quote: {
      performance: 'enchantment',
      emotion: 1,
      notes: [
        'Devis sous 48 h depuis un configurateur, prix par bulletin et options séparées.',
        'Quote within 48 h from a configurator, price per payslip and options listed apart.',
      ],
    },
    paperContract: {
      performance: 'neutral',
      emotion: 1,
      name: ['Signature électronique du contrat', 'Electronic contract signature'],
      medium: 'transactional',
      flags: '',
      notes: [
        'Contrat signé en ligne le jour de l’accord.',
        'Contract signed online on the day of the agreement.',
      ],
    },
    dataCollection: {
      performance: 'neutral',
      emotion: 1,
      medium: 'portal',
      flags: 'truth',
      notes: [
        'Dossier commercial repris, dépôt sécurisé dans le portail, contrôles automatiques ; 10 jours au lieu de 3 semaines.',
        'Sales file carried over, secure upload to the portal, automatic checks; 10 days instead of 3 weeks.',
      ],
    },
    onboardingPlan: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Planning partagé dans le portail, avec les pièces attendues et l’avancement.',
        'A plan shared in the portal, with the documents expected and the progress.',
      ],
    },
    firstPayroll: {
      performance: 'enchantment',
      emotion: 2,
      flags: 'truth',
      notes: [
        'Paie parallèle le mois précédent : la première paie sort sans erreur, 40 jours après la signature.',
        'A parallel run the month before: the first payroll is error-free, 40 days after signing.',
      ],
    },
    variablesEntry: {
      performance: 'neutral',
      emotion: 1,
      medium: 'portal',
      notes: [
        'Saisie directe dans le portail avec contrôles, ou import depuis l’outil de temps.',
        'Direct entry in the portal with checks, or import from the time-tracking tool.',
      ],
    },
    hotline: {
      performance: 'neutral',
      emotion: 1,
      notes: [
        'Gestionnaire attitré joignable en ligne directe, réponse sous 4 h sur les urgences.',
        'A dedicated specialist on a direct line, answering urgent issues within 4 h.',
      ],
    },
    quarterlyReview: {
      performance: 'enchantment',
      emotion: 2,
      notes: [
        'Revue trimestrielle : qualité, projets RH, renouvellement préparé 90 jours avant.',
        'Quarterly review: quality, HR projects, renewal prepared 90 days ahead.',
      ],
    },
    renewalNotice: {
      performance: 'neutral',
      emotion: 0,
      flags: 'truth',
      notes: [
        'L’indexation est expliquée en revue de compte avant l’avis ; plus de surprise.',
        'Indexation is explained in the account review before the notice; no more surprises.',
      ],
    },
  },
  added: ADDED_ROWS,
  addedTexts: {
    onboardingSurvey: {
      fr: [
        'Bilan de fin de mise en route',
        'Trois questions (dont l’effort perçu) après la troisième paie.',
        'Nouveau : mesure la mise en route et déclenche un appel si la note est basse.',
      ],
      en: [
        'End-of-onboarding check',
        'Three questions (including perceived effort) after the third payroll.',
        'New: measures onboarding and triggers a call when the score is low.',
      ],
    },
    payrollAcademy: {
      fr: [
        'Formations en ligne au portail',
        'Modules courts pour les nouveaux utilisateurs RH.',
        'Nouveau : moins de questions au support, utilisateurs autonomes.',
      ],
      en: [
        'Online portal training',
        'Short modules for new HR users.',
        'New: fewer support questions, self-reliant users.',
      ],
    },
    referralProgramme: {
      fr: [
        'Programme de recommandation',
        'Un mois de service offert pour chaque client recommandé.',
        'Nouveau : vise 20 % des nouveaux clients par recommandation.',
      ],
      en: [
        'Referral programme',
        'One month of service free for each client referred.',
        'New: aims at 20% of new clients through referrals.',
      ],
    },
  },
  droppedLinks: [
    ['ticketPortal', 'hotline'],
    ['renewalNotice', 'renewalCall'],
  ],
  // biome-ignore format: one flow per line
  repairedLinks: [
    ['webinar', 'discoveryCall', ['Demande un échange : rappelée le lendemain', 'Asks for a call: called back the next day']],
    ['negotiation', 'paperContract', ['Accord trouvé : signature en ligne', 'Agreement reached: signed online']],
    ['kickoff', 'dataCollection', ['Dépose les pièces manquantes seulement', 'Uploads only the missing documents']],
  ],
  // biome-ignore format: one flow per line
  addedLinks: [
    ['pricingPage', 'priceSimulator', ['Simule son prix', 'Simulates her price']],
    ['priceSimulator', 'discoveryCall', ['Demande un échange avec sa simulation', 'Asks for a call with her simulation']],
    ['kickoff', 'onboardingPlan', ['Suit le planning dans le portail', 'Follows the plan in the portal']],
    ['onboardingPlan', 'dataCollection', ['Voit les pièces attendues', 'Sees the documents expected']],
    ['firstPayroll', 'onboardingSurvey', ['Répond au bilan de mise en route', 'Answers the onboarding check']],
    ['monthlyPayroll', 'payrollAcademy', ['Forme un nouvel utilisateur RH', 'Trains a new HR user']],
    ['monthlyPayroll', 'quarterlyReview', ['Fait le point chaque trimestre', 'Reviews the account every quarter']],
    ['quarterlyReview', 'renewalNotice', ['Renouvellement préparé', 'Renewal prepared']],
    ['renewalNotice', 'monthlyPayroll', ['Renouvelle', 'Renews']],
    ['clientClub', 'referralProgramme', ['Recommande un confrère', 'Refers a peer']],
  ],
};
