/**
 * Sophie's current journey, as qualified with marketing, sales, onboarding,
 * payroll and account management (figures: CRM pipeline over 12 months,
 * support tickets, renewal and churn reports).
 */
import type { B2bKeys } from './b2b-frame.ts';
import { SOPHIE_BUYING_TEXTS } from './b2b-sophie-texts-buying.ts';
import { SOPHIE_OWNING_TEXTS } from './b2b-sophie-texts-owning.ts';
import type { JourneySpec, Link, Row } from './journey.ts';

// biome-ignore format: a qualification grid reads best with aligned columns
export const SOPHIE_ROWS = [
  // key               stage         medium           owner         phase          performance   emo  imp  inv  ipt  cost €   period  audience  setup   run   objectives                   flags
  ['expertPosts',     'awareness',  'posts',         'marketing',  'suspect',     'enchantment',   1,   2,   2,   3,   3000, 'month',    85000,    24,   40, ['pipeline'],                ''],
  ['searchAds',       'awareness',  'search',        'marketing',  'suspect',     'neutral',       0,   3,   3,   4,   9000, 'month',    40000,    40,   30, ['pipeline'],                ''],
  ['accountantTip',   'awareness',  'accountant',    'sales',      'suspect',     'enchantment',   2,   5,   3,   5,   4500, 'month',      300,    80,   60, ['pipeline', 'cycle'],       ''],
  ['tradeShow',       'awareness',  'tradeShow',     'marketing',  'suspect',     'neutral',       0,   2,   5,   3,  60000, 'year',      1500,   200,  120, ['pipeline'],                ''],
  ['brochure',        'awareness',  'brochure',      'marketing',  'suspect',     'neutral',       0,   1,   2,   1,   9000, 'year',       400,    60,    4, ['pipeline'],                ''],
  ['payrollGuide',    'research',   'site',          'marketing',  'lead',        'enchantment',   2,   4,   2,   4,   1500, 'month',     2400,    80,    8, ['pipeline'],                ''],
  ['pricingPage',     'research',   'site',          'marketing',  'lead',        'irritant',     -2,   4,   1,   4,      0, 'month',     9000,    16,    2, ['cycle'],                   ''],
  ['priceSimulator',  'research',   'site',          'marketing',  'lead',        'missing',      -2,   4,   3,   4,    800, 'month',     6000,   160,    8, ['pipeline', 'cycle'],       ''],
  ['nurturing',       'research',   'nurturing',     'marketing',  'lead',        'neutral',       0,   2,   2,   3,    700, 'month',    12000,    60,    8, ['pipeline'],                ''],
  ['webinar',         'research',   'webinar',       'marketing',  'lead',        'enchantment',   2,   4,   3,   4,   2500, 'month',      450,    40,   30, ['pipeline', 'advocacy'],    ''],
  ['discoveryCall',   'evaluation', 'salesCall',     'sales',      'opportunity', 'irritant',     -2,   5,   3,   5,  18000, 'month',      220,    20,  300, ['pipeline', 'cycle'],       'rupture'],
  ['productDemo',     'evaluation', 'video',         'presales',   'opportunity', 'enchantment',   2,   5,   3,   5,   9000, 'month',      120,    40,  160, ['cycle'],                   'truth'],
  ['referenceCall',   'evaluation', 'salesCall',     'sales',      'opportunity', 'neutral',       0,   4,   1,   4,    500, 'month',       40,     4,   12, ['cycle', 'advocacy'],       ''],
  ['securityReview',  'evaluation', 'transactional', 'presales',   'opportunity', 'irritant',     -1,   3,   2,   3,   2000, 'month',       60,    40,   80, ['cycle'],                   ''],
  ['quote',           'proposal',   'transactional', 'sales',      'opportunity', 'irritant',     -2,   5,   2,   5,   1500, 'month',       90,    24,  120, ['cycle'],                   ''],
  ['proposalMeeting', 'proposal',   'onsite',        'sales',      'opportunity', 'enchantment',   1,   5,   3,   5,  12000, 'month',       70,    16,  200, ['cycle'],                   ''],
  ['negotiation',     'contract',   'salesCall',     'sales',      'opportunity', 'neutral',       0,   4,   2,   4,   3000, 'month',       55,     8,   90, ['cycle'],                   ''],
  ['paperContract',   'contract',   'letter',        'legal',      'opportunity', 'irritant',     -2,   4,   2,   4,    300, 'month',       40,     8,   60, ['cycle'],                   'rupture'],
  ['kickoff',         'onboarding', 'video',         'onboarding', 'newClient',   'enchantment',   1,   5,   3,   5,   4000, 'month',       25,    16,  120, ['onboarding'],              ''],
  ['dataCollection',  'onboarding', 'transactional', 'onboarding', 'newClient',   'irritant',     -3,   5,   2,   5,   2000, 'month',       25,    24,  400, ['onboarding', 'retention'], 'truth+rupture'],
  ['onboardingPlan',  'onboarding', 'portal',        'onboarding', 'newClient',   'missing',      -2,   4,   3,   4,   1200, 'month',       25,   300,   20, ['onboarding'],              ''],
  ['firstPayroll',    'onboarding', 'portal',        'payroll',    'newClient',   'neutral',      -1,   5,   3,   5,  15000, 'month',       25,    40,  300, ['onboarding', 'retention'], 'truth'],
  ['monthlyPayroll',  'use',        'portal',        'payroll',    'loyal',       'enchantment',   1,   5,   4,   5,  45000, 'month',     3200,    80, 1500, ['retention'],               ''],
  ['variablesEntry',  'use',        'transactional', 'payroll',    'loyal',       'irritant',     -1,   4,   3,   4,   2500, 'month',     1100,    80,  200, ['retention'],               ''],
  ['legalAlerts',     'use',        'newsletter',    'marketing',  'loyal',       'enchantment',   1,   3,   1,   3,    600, 'month',     5000,     8,   16, ['retention', 'advocacy'],   ''],
  ['invoicing',       'use',        'transactional', 'billing',    'loyal',       'neutral',       0,   3,   1,   3,    300, 'month',     1100,    16,   30, ['retention'],               ''],
  ['hotline',         'support',    'hotline',       'support',    'loyal',       'irritant',     -2,   4,   3,   4,  28000, 'month',     1100,    80,  900, ['retention'],               ''],
  ['ticketPortal',    'support',    'tickets',       'support',    'loyal',       'neutral',       0,   3,   2,   3,    900, 'month',     1400,    80,  400, ['retention'],               ''],
  ['quarterlyReview', 'renewal',    'video',         'accounts',   'loyal',       'missing',      -1,   4,   3,   5,   6000, 'month',      100,    60,  150, ['retention', 'advocacy'],   ''],
  ['renewalNotice',   'renewal',    'letter',        'billing',    'loyal',       'irritant',     -3,   5,   1,   5,    200, 'month',       90,     8,   16, ['retention'],               'truth'],
  ['renewalCall',     'renewal',    'salesCall',     'accounts',   'loyal',       'neutral',       0,   4,   2,   5,   7000, 'month',       60,     8,  120, ['retention'],               ''],
  ['exitInterview',   'renewal',    'salesCall',     'accounts',   'lost',        'neutral',      -1,   2,   1,   3,    500, 'month',       12,     8,   10, ['retention'],               ''],
  ['clientClub',      'advocacy',   'clientClub',    'marketing',  'ambassador',  'enchantment',   2,   3,   3,   3,   2500, 'month',       80,    24,   40, ['advocacy', 'retention'],   ''],
  ['caseStudy',       'advocacy',   'site',          'marketing',  'ambassador',  'neutral',       0,   2,   2,   4,   1500, 'month',        6,    40,   24, ['advocacy', 'pipeline'],    ''],
] as const satisfies readonly Row<B2bKeys>[];

export type SophieRow = (typeof SOPHIE_ROWS)[number];
export type SophieKey = SophieRow[0];

// biome-ignore format: one flow per line
const SOPHIE_LINKS: readonly Link<SophieKey>[] = [
  ['expertPosts', 'payrollGuide', ['Télécharge le guide cité dans le post', 'Downloads the guide mentioned in the post']],
  ['searchAds', 'pricingPage', ['Cherche « tarif externalisation paie »', 'Searches “payroll outsourcing price”']],
  ['searchAds', 'payrollGuide', ['Arrive sur le guide', 'Lands on the guide']],
  ['tradeShow', 'brochure', ['Repart avec la plaquette', 'Leaves with the brochure']],
  ['tradeShow', 'nurturing', ['Badge scanné, entre dans la séquence', 'Badge scanned, enters the sequence']],
  ['brochure', 'pricingPage', ['Cherche les tarifs sur le site', 'Looks for prices on the site']],
  ['accountantTip', 'discoveryCall', ['Mise en relation par son expert-comptable', 'Introduced by her accountant']],
  ['payrollGuide', 'nurturing', ['Reçoit la séquence de 6 e-mails', 'Gets the 6-email sequence']],
  ['nurturing', 'webinar', ['S’inscrit au webinaire', 'Registers for the webinar']],
  ['pricingPage', 'discoveryCall', ['« Nous contacter » : demande à être rappelée', '“Contact us”: asks for a call back']],
  ['webinar', 'discoveryCall', ['Demande un échange : rappelée 10 jours après, sans contexte', 'Asks for a call: called 10 days later, with no context'], 'broken'],
  ['discoveryCall', 'productDemo', ['Planifie une démonstration', 'Schedules a demo']],
  ['productDemo', 'securityReview', ['Reçoit le questionnaire sécurité', 'Gets the security questionnaire']],
  ['productDemo', 'referenceCall', ['Demande à parler à un client', 'Asks to talk to a client']],
  ['productDemo', 'quote', ['Demande un devis', 'Asks for a quote']],
  ['referenceCall', 'quote', ['Rassurée, relance le devis', 'Reassured, chases the quote']],
  ['securityReview', 'quote', ['Questionnaire validé', 'Questionnaire approved']],
  ['quote', 'proposalMeeting', ['Devis reçu après 12 jours', 'Quote received after 12 days']],
  ['proposalMeeting', 'negotiation', ['Discute le prix', 'Discusses the price']],
  ['negotiation', 'paperContract', ['Accord trouvé : pas de signature électronique, contrat papier', 'Agreement reached: no e-signature, paper contract'], 'broken'],
  ['paperContract', 'kickoff', ['Contrat reçu signé après 9 jours', 'Signed contract back after 9 days']],
  ['kickoff', 'dataCollection', ['Données déjà remises au commercial : tout est à renvoyer', 'Data already given to sales: everything must be sent again'], 'broken'],
  ['dataCollection', 'firstPayroll', ['Données reprises', 'Data loaded']],
  ['firstPayroll', 'hotline', ['Trois erreurs à corriger', 'Three errors to fix']],
  ['firstPayroll', 'monthlyPayroll', ['Passe au rythme mensuel', 'Moves to the monthly cycle']],
  ['monthlyPayroll', 'variablesEntry', ['Envoie les variables du mois', 'Sends the month’s variable pay items']],
  ['variablesEntry', 'hotline', ['Une variable est mal prise en compte', 'A variable pay item is wrongly applied']],
  ['monthlyPayroll', 'invoicing', ['Reçoit la facture', 'Gets the invoice']],
  ['legalAlerts', 'webinar', ['S’inscrit au webinaire loi de finances', 'Registers for the budget law webinar']],
  ['hotline', 'ticketPortal', ['Suit sa demande en ligne', 'Follows up her request online']],
  ['ticketPortal', 'hotline', ['Sans réponse, rappelle', 'No answer, calls again']],
  ['invoicing', 'renewalNotice', ['Arrive à l’échéance', 'Reaches the renewal date']],
  ['renewalNotice', 'renewalCall', ['Menace de résilier : le commercial appelle', 'Threatens to cancel: sales calls']],
  ['renewalCall', 'monthlyPayroll', ['Renouvelle avec une remise', 'Renews with a discount']],
  ['renewalCall', 'exitInterview', ['Résilie', 'Cancels']],
  ['monthlyPayroll', 'clientClub', ['Invitée au club clients', 'Invited to the client club']],
  ['clientClub', 'caseStudy', ['Accepte de témoigner', 'Agrees to a case study']],
];

export const SOPHIE_CURRENT: JourneySpec<B2bKeys, SophieKey> = {
  persona: 'sophie',
  name: ['Externalisation de la paie — actuel', 'Outsourcing payroll — current'],
  rows: SOPHIE_ROWS,
  texts: { ...SOPHIE_BUYING_TEXTS, ...SOPHIE_OWNING_TEXTS },
  links: SOPHIE_LINKS,
};
