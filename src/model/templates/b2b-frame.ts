/**
 * The B2B template: a payroll and HR outsourcing firm serving companies of 10
 * to 500 employees (1,100 client companies, 42,000 payslips a month, 86 %
 * yearly renewal). Management wants shorter sales cycles, a faster first
 * payroll and fewer clients lost at renewal.
 */
import type { FrameSpec, KeysOf } from './frame.ts';

export const B2B_FRAME = {
  personas: {
    sophie: {
      name: ['Sophie, directrice financière de PME', 'Sophie, SME finance director'],
      description: [
        '46 ans, DAF d’une entreprise industrielle de 120 salariés. Décide de l’externalisation avec le dirigeant, signe le contrat, suit le coût et la fiabilité de la paie.',
        '46, finance director of a 120-employee manufacturer. Decides on outsourcing with the CEO, signs the contract, watches the cost and reliability of payroll.',
      ],
      goals: [
        [
          'Une paie juste et à l’heure, sans y passer ses soirées',
          'Accurate, on-time payroll without spending her evenings on it',
        ],
        [
          'Sécuriser la conformité sociale de l’entreprise',
          'Keep the company compliant with labour law',
        ],
        [
          'Un coût prévisible et justifiable devant le dirigeant',
          'A predictable cost she can justify to the CEO',
        ],
      ],
      frustrations: [
        ['Attendre deux semaines un devis', 'Waiting two weeks for a quote'],
        [
          'Redonner les mêmes informations à chaque interlocuteur',
          'Giving the same information to every new contact',
        ],
        ['Découvrir une hausse de prix par courrier', 'Finding out about a price rise by letter'],
      ],
      share: 0.45,
      color: '#7C3AED',
    },
    julien: {
      name: ['Julien, responsable RH', 'Julien, HR manager'],
      description: [
        '35 ans, responsable RH d’une société de services de 250 salariés. Utilise le portail tous les mois, saisit les éléments variables, répond aux questions des salariés.',
        '35, HR manager of a 250-employee services company. Uses the portal every month, enters variable pay items, answers employees’ questions.',
      ],
      goals: [
        [
          'Saisir les variables vite et sans erreur',
          'Enter variable pay quickly and without errors',
        ],
        [
          'Avoir un interlocuteur qui connaît son dossier',
          'Have one contact who knows his account',
        ],
      ],
      frustrations: [
        ['Les fichiers Excel échangés par e-mail', 'Excel files swapped by email'],
        [
          'Un support qui change d’interlocuteur à chaque appel',
          'Support that changes contact at every call',
        ],
      ],
      share: 0.35,
      color: '#0891B2',
    },
    karim: {
      name: ['Karim, dirigeant de TPE', 'Karim, small-business owner'],
      description: [
        '41 ans, fondateur d’une agence de 15 personnes. Gère tout lui-même et suit les conseils de son expert-comptable.',
        '41, founder of a 15-person agency. Handles everything himself and follows his accountant’s advice.',
      ],
      goals: [
        ['Ne plus penser à la paie', 'Stop thinking about payroll'],
        ['Un prix simple et affiché', 'A simple, published price'],
      ],
      frustrations: [
        ['Le jargon social', 'Payroll jargon'],
        ['Les rendez-vous commerciaux à rallonge', 'Long sales meetings'],
      ],
      share: 0.2,
      color: '#DB2777',
    },
  },
  phases: {
    suspect: {
      name: ['Suspect', 'Suspect'],
      description: [
        'Entreprise de la cible, pas encore en contact.',
        'A company in the target market, not yet in contact.',
      ],
    },
    lead: {
      name: ['Lead', 'Lead'],
      description: [
        'A laissé ses coordonnées (contenu, webinaire, salon).',
        'Has left contact details (content, webinar, trade show).',
      ],
    },
    opportunity: {
      name: ['Opportunité', 'Opportunity'],
      description: [
        'Besoin qualifié par un commercial, proposition en cours.',
        'Need qualified by a salesperson, proposal under way.',
      ],
    },
    newClient: {
      name: ['Nouveau client', 'New client'],
      description: [
        'Contrat signé, moins de six paies produites.',
        'Contract signed, fewer than six payrolls run.',
      ],
    },
    loyal: {
      name: ['Client installé', 'Established client'],
      description: ['Client depuis plus de six mois.', 'Client for more than six months.'],
    },
    ambassador: {
      name: ['Ambassadeur', 'Ambassador'],
      description: [
        'Témoigne, recommande ou sert de référence.',
        'Gives testimonials, recommends or acts as a reference.',
      ],
    },
    lost: {
      name: ['Client perdu', 'Lost client'],
      description: ['A résilié ou n’a pas renouvelé.', 'Has cancelled or not renewed.'],
    },
  },
  stages: {
    awareness: {
      name: ['Notoriété', 'Awareness'],
      description: ['L’entreprise découvre le prestataire.', 'The company discovers the provider.'],
    },
    research: {
      name: ['Recherche', 'Research'],
      description: [
        'Elle s’informe sur l’externalisation et ses coûts.',
        'It learns about outsourcing and its costs.',
      ],
    },
    evaluation: {
      name: ['Évaluation', 'Evaluation'],
      description: [
        'Elle rencontre des prestataires et vérifie leurs références.',
        'It meets providers and checks their references.',
      ],
    },
    proposal: {
      name: ['Proposition', 'Proposal'],
      description: [
        'Elle reçoit et discute une offre chiffrée.',
        'It receives and discusses a priced offer.',
      ],
    },
    contract: {
      name: ['Contractualisation', 'Contract'],
      description: ['Elle négocie et signe le contrat.', 'It negotiates and signs the contract.'],
    },
    onboarding: {
      name: ['Mise en route', 'Onboarding'],
      description: ['Reprise des données et première paie.', 'Data migration and first payroll.'],
    },
    use: {
      name: ['Utilisation', 'Use'],
      description: ['Les paies se succèdent chaque mois.', 'Payrolls run month after month.'],
    },
    support: {
      name: ['Support', 'Support'],
      description: [
        'Questions, anomalies et demandes ponctuelles.',
        'Questions, anomalies and one-off requests.',
      ],
    },
    renewal: {
      name: ['Renouvellement', 'Renewal'],
      description: ['Le contrat arrive à échéance.', 'The contract comes up for renewal.'],
    },
    advocacy: {
      name: ['Recommandation', 'Advocacy'],
      description: [
        'Le client témoigne et recommande.',
        'The client gives testimonials and recommends.',
      ],
    },
  },
  channels: {
    web: {
      name: ['Site web', 'Website'],
      kind: 'digital',
      media: {
        site: ['Site web', 'Website'],
        search: ['Moteur de recherche (SEO/SEA)', 'Search engine (SEO/SEA)'],
      },
    },
    linkedin: {
      name: ['LinkedIn', 'LinkedIn'],
      kind: 'digital',
      media: { posts: ['Publications d’experts', 'Expert posts'] },
    },
    email: {
      name: ['E-mail', 'Email'],
      kind: 'digital',
      media: {
        nurturing: ['Séquence de nurturing', 'Nurturing sequence'],
        newsletter: ['Lettre d’actualité sociale', 'Labour-law newsletter'],
        transactional: ['E-mail de gestion', 'Account email'],
      },
    },
    webinar: {
      name: ['Webinaires', 'Webinars'],
      kind: 'digital',
      media: { webinar: ['Webinaire', 'Webinar'] },
    },
    events: {
      name: ['Événements', 'Events'],
      kind: 'physical',
      media: {
        tradeShow: ['Salon professionnel', 'Trade show'],
        clientClub: ['Club clients', 'Client club'],
      },
    },
    phone: {
      name: ['Téléphone', 'Phone'],
      kind: 'physical',
      media: {
        salesCall: ['Appel commercial', 'Sales call'],
        hotline: ['Hotline paie', 'Payroll hotline'],
      },
    },
    meetings: {
      name: ['Rendez-vous', 'Meetings'],
      kind: 'physical',
      media: {
        onsite: ['Rendez-vous sur site', 'On-site meeting'],
        video: ['Visioconférence', 'Video call'],
      },
    },
    portal: {
      name: ['Espace client', 'Client portal'],
      kind: 'digital',
      media: {
        portal: ['Portail paie', 'Payroll portal'],
        tickets: ['Demandes en ligne', 'Online requests'],
      },
    },
    partners: {
      name: ['Prescripteurs', 'Referral partners'],
      kind: 'physical',
      media: { accountant: ['Expert-comptable partenaire', 'Partner accountant'] },
    },
    post: {
      name: ['Courrier', 'Post'],
      kind: 'physical',
      media: {
        letter: ['Courrier', 'Letter'],
        brochure: ['Plaquette imprimée', 'Printed brochure'],
      },
    },
  },
  objectives: {
    pipeline: {
      name: ['Générer un pipeline qualifié', 'Build a qualified pipeline'],
      description: [
        'Passer de 60 à 90 opportunités qualifiées par mois.',
        'Go from 60 to 90 qualified opportunities a month.',
      ],
      weight: 20,
    },
    cycle: {
      name: ['Raccourcir le cycle de vente', 'Shorten the sales cycle'],
      description: [
        'Ramener le cycle moyen de 94 à 60 jours.',
        'Bring the average sales cycle down from 94 to 60 days.',
      ],
      weight: 15,
    },
    onboarding: {
      name: ['Réussir la mise en route', 'Make onboarding a success'],
      description: [
        'Première paie en moins de 45 jours, sans erreur bloquante.',
        'First payroll within 45 days, with no blocking error.',
      ],
      weight: 20,
    },
    retention: {
      name: ['Augmenter le renouvellement', 'Raise renewals'],
      description: [
        'Porter le taux de renouvellement annuel de 86 % à 93 %.',
        'Raise the yearly renewal rate from 86% to 93%.',
      ],
      weight: 30,
    },
    advocacy: {
      name: ['Développer la recommandation', 'Grow referrals'],
      description: [
        'Faire venir 20 % des nouveaux clients par recommandation.',
        'Bring in 20% of new clients through referrals.',
      ],
      weight: 15,
    },
  },
  owners: {
    marketing: ['Marketing', 'Marketing'],
    sales: ['Équipe commerciale', 'Sales team'],
    presales: ['Avant-vente', 'Presales'],
    legal: ['Juridique', 'Legal'],
    onboarding: ['Équipe de mise en route', 'Onboarding team'],
    payroll: ['Gestionnaires de paie', 'Payroll specialists'],
    support: ['Support client', 'Client support'],
    accounts: ['Gestion de comptes', 'Account management'],
    billing: ['Administration des ventes', 'Sales administration'],
  },
} satisfies FrameSpec;

export type B2bKeys = KeysOf<typeof B2B_FRAME>;
