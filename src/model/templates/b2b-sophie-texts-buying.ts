/** Names, descriptions and workshop notes of Sophie's touchpoints, from awareness to contract. */
import type { SophieRow } from './b2b-sophie.ts';
import type { KeyAt, TextTable } from './journey.ts';

type BuyingKey = KeyAt<
  SophieRow,
  'awareness' | 'research' | 'evaluation' | 'proposal' | 'contract'
>;

export const SOPHIE_BUYING_TEXTS: TextTable<BuyingKey> = {
  expertPosts: {
    fr: [
      'Publications LinkedIn des experts paie',
      'Deux posts par semaine sur l’actualité sociale, signés par les experts.',
      'Bon engagement auprès des DAF ; 3 % des leads citent LinkedIn.',
    ],
    en: [
      'LinkedIn posts by payroll experts',
      'Two posts a week on labour-law news, signed by the experts.',
      'Good engagement among finance directors; 3% of leads mention LinkedIn.',
    ],
  },
  searchAds: {
    fr: [
      'Annonces sur moteur de recherche',
      'Annonces sur « externalisation paie » et « logiciel de paie ».',
      'Coût par lead de 140 € ; beaucoup de TPE hors cible.',
    ],
    en: [
      'Search ads',
      'Ads on “payroll outsourcing” and “payroll software”.',
      '€140 per lead; many very small firms outside the target.',
    ],
  },
  accountantTip: {
    fr: [
      'Recommandation de l’expert-comptable',
      'Les cabinets partenaires recommandent le service à leurs clients.',
      '22 % des signatures pour 3 % des leads ; cycle deux fois plus court.',
    ],
    en: [
      'Recommendation by the accountant',
      'Partner firms recommend the service to their clients.',
      '22% of deals from 3% of leads; a sales cycle twice as short.',
    ],
  },
  tradeShow: {
    fr: [
      'Salon des DAF',
      'Stand de 36 m² au salon annuel des directeurs financiers.',
      '1 500 badges scannés, 4 % deviennent des opportunités.',
    ],
    en: [
      'Finance directors’ trade show',
      'A 36 m² stand at the annual finance directors’ show.',
      '1,500 badges scanned, 4% become opportunities.',
    ],
  },
  brochure: {
    fr: [
      'Plaquette commerciale imprimée',
      'Plaquette de 12 pages remise sur le salon et en rendez-vous.',
      'Tarifs et offres périmés dans l’année ; personne ne la cite dans les entretiens.',
    ],
    en: [
      'Printed sales brochure',
      'A 12-page brochure handed out at the show and in meetings.',
      'Prices and offers out of date within the year; nobody mentions it in interviews.',
    ],
  },
  payrollGuide: {
    fr: [
      'Livre blanc « Externaliser sa paie »',
      'Guide téléchargeable contre les coordonnées.',
      '2 400 téléchargements par mois ; jugé utile et concret.',
    ],
    en: [
      '“Outsourcing your payroll” white paper',
      'A downloadable guide in exchange for contact details.',
      '2,400 downloads a month; seen as useful and practical.',
    ],
  },
  pricingPage: {
    fr: [
      'Page tarifs',
      'Page « Tarifs » qui renvoie vers « Nous contacter ».',
      '68 % de sortie ; les DAF veulent un ordre de grandeur avant d’appeler.',
    ],
    en: [
      'Pricing page',
      'A “Pricing” page that sends to “Contact us”.',
      '68% exit rate; finance directors want a ballpark before calling.',
    ],
  },
  priceSimulator: {
    fr: [
      'Simulateur de prix en ligne',
      'Prix indicatif selon l’effectif et les options ; attendu, non proposé.',
      'Estimation : 160 h de développement ; les deux concurrents principaux en ont un.',
    ],
    en: [
      'Online price simulator',
      'An indicative price by headcount and options; expected, not offered.',
      'Estimate: 160 h of development; both main competitors have one.',
    ],
  },
  nurturing: {
    fr: [
      'Séquence d’e-mails après téléchargement',
      'Six e-mails sur trois semaines.',
      'Même séquence pour tous les profils ; 2 % de prise de rendez-vous.',
    ],
    en: [
      'Email sequence after download',
      'Six emails over three weeks.',
      'The same sequence for every profile; 2% book a meeting.',
    ],
  },
  webinar: {
    fr: [
      'Webinaire mensuel',
      'Une heure sur l’actualité sociale avec un expert et un client.',
      '450 participants par mois, satisfaction 4,5/5.',
    ],
    en: [
      'Monthly webinar',
      'One hour on labour-law news with an expert and a client.',
      '450 attendees a month, rated 4.5/5.',
    ],
  },
  discoveryCall: {
    fr: [
      'Appel de découverte',
      'Premier appel d’un commercial pour qualifier le besoin.',
      'Rupture : le commercial ne voit ni les téléchargements ni le webinaire et rappelle 10 jours après ; les questions sont reposées.',
    ],
    en: [
      'Discovery call',
      'The first sales call to qualify the need.',
      'Rupture: sales see neither the downloads nor the webinar and call back 10 days later; the same questions are asked again.',
    ],
  },
  productDemo: {
    fr: [
      'Démonstration du portail',
      'Démonstration en visio sur un cas proche de l’entreprise.',
      'Moment de vérité : 58 % des démonstrations mènent à un devis.',
    ],
    en: [
      'Portal demo',
      'A video demo on a case close to the company’s own.',
      'Moment of truth: 58% of demos lead to a quote.',
    ],
  },
  referenceCall: {
    fr: [
      'Appel à un client référent',
      'Échange avec un client de même taille et de même secteur.',
      'Très rassurant, mais trois semaines pour trouver un référent disponible.',
    ],
    en: [
      'Call with a reference client',
      'A talk with a client of the same size and sector.',
      'Very reassuring, but three weeks to find an available reference.',
    ],
  },
  securityReview: {
    fr: [
      'Questionnaire sécurité et RGPD',
      'Questionnaire de l’acheteur sur l’hébergement et les données.',
      'Trois semaines de réponse en moyenne ; refait à chaque fois.',
    ],
    en: [
      'Security and GDPR questionnaire',
      'The buyer’s questionnaire on hosting and data.',
      'Three weeks to answer on average; redone every time.',
    ],
  },
  quote: {
    fr: [
      'Devis',
      'Devis PDF envoyé par e-mail.',
      '12 jours en moyenne ; lignes de prix difficiles à comparer.',
    ],
    en: ['Quote', 'A PDF quote sent by email.', '12 days on average; price lines hard to compare.'],
  },
  proposalMeeting: {
    fr: [
      'Présentation de la proposition',
      'Rendez-vous sur site avec le commercial et un gestionnaire de paie.',
      'La présence du futur gestionnaire rassure ; taux de signature de 41 %.',
    ],
    en: [
      'Proposal presentation',
      'An on-site meeting with the salesperson and a payroll specialist.',
      'Meeting the future specialist reassures; 41% win rate.',
    ],
  },
  negotiation: {
    fr: [
      'Négociation',
      'Échanges téléphoniques sur le prix et l’engagement.',
      'Remise moyenne de 8 % ; engagement de 3 ans demandé.',
    ],
    en: [
      'Negotiation',
      'Phone calls on price and commitment.',
      '8% average discount; a 3-year commitment required.',
    ],
  },
  paperContract: {
    fr: [
      'Contrat papier',
      'Contrat à imprimer, parapher et renvoyer par courrier.',
      'Rupture : signature électronique impossible ; 9 jours en moyenne entre accord et signature.',
    ],
    en: [
      'Paper contract',
      'A contract to print, initial and post back.',
      'Rupture: no electronic signature; 9 days on average between agreement and signature.',
    ],
  },
};
