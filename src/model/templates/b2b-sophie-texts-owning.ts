/** Names, descriptions and workshop notes of Sophie's touchpoints, from onboarding to advocacy. */
import type { SophieRow } from './b2b-sophie.ts';
import type { KeyAt, TextTable } from './journey.ts';

type OwningKey = KeyAt<SophieRow, 'onboarding' | 'use' | 'support' | 'renewal' | 'advocacy'>;

export const SOPHIE_OWNING_TEXTS: TextTable<OwningKey> = {
  kickoff: {
    fr: [
      'Réunion de lancement',
      'Visio de lancement avec le chef de projet de mise en route.',
      'Planning clair et interlocuteur identifié ; bien perçue.',
    ],
    en: [
      'Kick-off meeting',
      'A kick-off video call with the onboarding project manager.',
      'A clear plan and a named contact; well received.',
    ],
  },
  dataCollection: {
    fr: [
      'Collecte des données salariés',
      'Fichiers Excel à remplir et renvoyer par e-mail.',
      'Moment de vérité et rupture : rien n’est repris du dossier commercial ; 3 semaines de collecte, le premier motif d’insatisfaction.',
    ],
    en: [
      'Employee data collection',
      'Excel files to fill in and email back.',
      'Moment of truth and rupture: nothing is carried over from the sales file; 3 weeks of collection, the first cause of dissatisfaction.',
    ],
  },
  onboardingPlan: {
    fr: [
      'Planning de mise en route partagé',
      'Liste des étapes et des pièces à fournir, suivie en ligne ; attendu, inexistant.',
      'Estimation : 300 h de développement dans le portail.',
    ],
    en: [
      'Shared onboarding plan',
      'Steps and documents to provide, tracked online; expected, does not exist.',
      'Estimate: 300 h of development in the portal.',
    ],
  },
  firstPayroll: {
    fr: [
      'Première paie',
      'Première paie produite par le prestataire.',
      'Moment de vérité : à l’heure, mais 3 erreurs en moyenne à corriger ; 54 jours après la signature.',
    ],
    en: [
      'First payroll',
      'The first payroll run by the provider.',
      'Moment of truth: on time, but 3 errors to fix on average; 54 days after signing.',
    ],
  },
  monthlyPayroll: {
    fr: [
      'Paie mensuelle sur le portail',
      'Bulletins, déclarations et journal de paie disponibles en ligne.',
      '99,6 % de bulletins sans erreur ; le cœur de la valeur perçue.',
    ],
    en: [
      'Monthly payroll on the portal',
      'Payslips, filings and payroll journal available online.',
      '99.6% error-free payslips; the core of the perceived value.',
    ],
  },
  variablesEntry: {
    fr: [
      'Transmission des éléments variables',
      'Fichier Excel mensuel des heures, primes et absences envoyé par e-mail.',
      'Source de 60 % des erreurs de paie ; double saisie chez le client.',
    ],
    en: [
      'Sending variable pay items',
      'A monthly Excel file of hours, bonuses and absences sent by email.',
      'Source of 60% of payroll errors; entered twice by the client.',
    ],
  },
  legalAlerts: {
    fr: [
      'Lettre d’actualité sociale',
      'Lettre mensuelle sur les changements de réglementation.',
      'Ouverture 46 % ; citée comme un vrai plus.',
    ],
    en: [
      'Labour-law newsletter',
      'A monthly letter on regulatory changes.',
      '46% open rate; mentioned as a real plus.',
    ],
  },
  invoicing: {
    fr: [
      'Facturation mensuelle',
      'Facture PDF par e-mail selon le nombre de bulletins.',
      'Claire ; les options facturées en plus surprennent parfois.',
    ],
    en: [
      'Monthly invoicing',
      'A PDF invoice by email based on the number of payslips.',
      'Clear; extra options billed on top sometimes surprise.',
    ],
  },
  hotline: {
    fr: [
      'Hotline paie',
      'Numéro unique pour toutes les questions de paie.',
      'Interlocuteur différent à chaque appel ; 2 jours de délai sur les urgences.',
    ],
    en: [
      'Payroll hotline',
      'One number for every payroll question.',
      'A different person at every call; 2-day delay on urgent issues.',
    ],
  },
  ticketPortal: {
    fr: [
      'Demandes en ligne',
      'Formulaire de demande dans le portail, avec suivi.',
      'Délai moyen de 3 jours ; pas de notification de réponse.',
    ],
    en: [
      'Online requests',
      'A request form in the portal, with tracking.',
      '3-day average response; no notification when answered.',
    ],
  },
  quarterlyReview: {
    fr: [
      'Revue de compte trimestrielle',
      'Point régulier sur la qualité, les évolutions et le contrat ; attendu, inexistant.',
      'Estimation : un chargé de compte pour 100 clients ; les clients suivis renouvellent à 95 %.',
    ],
    en: [
      'Quarterly account review',
      'A regular review of quality, changes and the contract; expected, does not exist.',
      'Estimate: one account manager per 100 clients; followed clients renew at 95%.',
    ],
  },
  renewalNotice: {
    fr: [
      'Avis d’échéance',
      'Lettre recommandée annonçant le renouvellement et l’indexation.',
      'Moment de vérité : +6 % annoncé par courrier sans échange ; 40 % des résiliations suivent cette lettre.',
    ],
    en: [
      'Renewal notice',
      'A registered letter announcing renewal and indexation.',
      'Moment of truth: +6% announced by letter with no conversation; 40% of cancellations follow this letter.',
    ],
  },
  renewalCall: {
    fr: [
      'Appel de renouvellement',
      'Appel du chargé de compte avant l’échéance.',
      'N’a lieu que si le client menace de partir ; remise accordée dans l’urgence.',
    ],
    en: [
      'Renewal call',
      'A call from the account manager before the renewal date.',
      'Only happens when the client threatens to leave; discounts granted in a rush.',
    ],
  },
  exitInterview: {
    fr: [
      'Entretien de départ',
      'Appel pour comprendre les raisons d’une résiliation.',
      'Réalisé pour un départ sur deux ; motifs rarement partagés.',
    ],
    en: [
      'Exit interview',
      'A call to understand why a client cancels.',
      'Done for one departure in two; reasons rarely shared.',
    ],
  },
  clientClub: {
    fr: [
      'Club clients',
      'Petit-déjeuner trimestriel entre DAF et RH clients.',
      'Très apprécié ; les participants renouvellent à 97 %.',
    ],
    en: [
      'Client club',
      'A quarterly breakfast for client finance and HR managers.',
      'Much appreciated; attendees renew at 97%.',
    ],
  },
  caseStudy: {
    fr: [
      'Témoignage client',
      'Cas client publié sur le site et utilisé en rendez-vous.',
      'Six témoignages par mois demandés, deux obtenus.',
    ],
    en: [
      'Client case study',
      'A case study published on the site and used in meetings.',
      'Six case studies requested a month, two obtained.',
    ],
  },
};
