/**
 * The retail template: a DIY and garden chain of 85 stores with a website and
 * an app (€410 M turnover, 12 % of sales started online, 55 % of sales
 * identified with the loyalty card). The network wants the web to bring
 * customers to the stores, and the stores to recognise them.
 */
import type { FrameSpec, KeysOf } from './frame.ts';

export const RETAIL_FRAME = {
  personas: {
    thomas: {
      name: ['Thomas, le rénovateur du week-end', 'Thomas, the weekend renovator'],
      description: [
        '38 ans, rénove une maison des années 70 près de Nantes. Prépare ses chantiers le soir sur le site et les tutoriels, achète le samedi en magasin, 2 à 3 visites par mois pendant les travaux.',
        '38, renovating a 1970s house near Nantes. Plans his jobs in the evening with the website and tutorials, buys in store on Saturdays, 2 to 3 visits a month while the work lasts.',
      ],
      goals: [
        [
          'Tout trouver en une visite pour ne pas perdre son samedi',
          'Find everything in one visit so as not to lose his Saturday',
        ],
        [
          'Être conseillé sur la bonne technique et les bons produits',
          'Get advice on the right technique and products',
        ],
        [
          'Savoir avant de partir si le produit est en stock',
          'Know before leaving home whether the product is in stock',
        ],
      ],
      frustrations: [
        [
          'Le stock affiché en ligne qui n’est pas en rayon',
          'Stock shown online that is not on the shelf',
        ],
        [
          'Chercher un vendeur dans les allées le samedi',
          'Looking for a sales adviser in the aisles on Saturdays',
        ],
        [
          'Les files d’attente en caisse et à la découpe',
          'Queues at the tills and at the cutting desk',
        ],
      ],
      share: 0.4,
      color: '#C2410C',
    },
    nadia: {
      name: ['Nadia, la jardinière passionnée', 'Nadia, the keen gardener'],
      description: [
        '52 ans, un grand jardin en périphérie d’Angers. Vient chaque semaine au printemps, participe aux ateliers, carte de fidélité depuis 10 ans.',
        '52, a large garden on the outskirts of Angers. Comes every week in spring, joins the workshops, has held the loyalty card for 10 years.',
      ],
      goals: [
        [
          'Des plantes en bonne santé et des conseils de saison',
          'Healthy plants and seasonal advice',
        ],
        [
          'Être reconnue et récompensée pour sa fidélité',
          'Be recognised and rewarded for her loyalty',
        ],
      ],
      frustrations: [
        [
          'Des avantages fidélité trop lents à obtenir',
          'Loyalty rewards that take too long to earn',
        ],
        ['Des ateliers complets en quelques heures', 'Workshops fully booked within hours'],
      ],
      share: 0.3,
      color: '#15803D',
    },
    pierre: {
      name: ['Pierre, l’artisan pressé', 'Pierre, the busy tradesman'],
      description: [
        '45 ans, plombier-chauffagiste à son compte. Passe à 7 h avant ses chantiers, paie sur compte professionnel, a besoin de factures et de disponibilité fiable.',
        '45, a self-employed plumber and heating engineer. Drops by at 7 am before his jobs, pays on a trade account, needs invoices and reliable availability.',
      ],
      goals: [
        ['Entrer et sortir en dix minutes', 'Get in and out in ten minutes'],
        [
          'Des prix professionnels et des factures sans ressaisie',
          'Trade prices and invoices without retyping',
        ],
      ],
      frustrations: [
        ['Les ruptures de stock sur les références courantes', 'Stock-outs on everyday items'],
        [
          'Le passage en caisse avec les particuliers',
          'Queuing at the tills with retail customers',
        ],
      ],
      share: 0.2,
      color: '#1D4ED8',
    },
  },
  phases: {
    suspect: {
      name: ['Suspect', 'Suspect'],
      description: [
        'Habite la zone de chalandise, sans achat identifié.',
        'Lives in the catchment area, no identified purchase.',
      ],
    },
    prospect: {
      name: ['Prospect', 'Prospect'],
      description: [
        'A visité le site ou le magasin, sans achat identifié.',
        'Has visited the site or a store, no identified purchase.',
      ],
    },
    newCustomer: {
      name: ['Nouveau client', 'New customer'],
      description: [
        'Premier achat identifié par la carte ou le compte web.',
        'First purchase identified by the card or the web account.',
      ],
    },
    loyal: {
      name: ['Client fidèle', 'Loyal customer'],
      description: [
        'Au moins quatre achats identifiés dans l’année.',
        'At least four identified purchases in the year.',
      ],
    },
    ambassador: {
      name: ['Ambassadeur', 'Ambassador'],
      description: [
        'Partage ses réalisations, laisse des avis, parraine.',
        'Shares his projects, leaves reviews, refers others.',
      ],
    },
    lapsed: {
      name: ['Client inactif', 'Lapsed customer'],
      description: [
        'Aucun achat identifié depuis 12 mois.',
        'No identified purchase for 12 months.',
      ],
    },
  },
  stages: {
    arrival: {
      name: ['Arrivée (site ou magasin)', 'Arrival (site or store)'],
      description: [
        'Le client découvre l’enseigne ou arrive au magasin.',
        'The customer discovers the chain or arrives at the store.',
      ],
    },
    search: {
      name: ['Recherche d’information', 'Information search'],
      description: [
        'Il prépare son projet : produits, techniques, stock.',
        'He plans his project: products, techniques, stock.',
      ],
    },
    compare: {
      name: ['Comparaison', 'Comparison'],
      description: [
        'Il compare les produits en ligne et en rayon.',
        'He compares products online and on the shelf.',
      ],
    },
    select: {
      name: ['Sélection', 'Selection'],
      description: [
        'Il constitue sa liste et réserve ou commande.',
        'He builds his list and reserves or orders.',
      ],
    },
    purchase: {
      name: ['Achat', 'Purchase'],
      description: ['Il paie en caisse ou en ligne.', 'He pays at the till or online.'],
    },
    reception: {
      name: ['Retrait et livraison', 'Collection and delivery'],
      description: [
        'Il retire sa commande ou se fait livrer.',
        'He collects his order or has it delivered.',
      ],
    },
    evaluation: {
      name: ['Évaluation', 'Evaluation'],
      description: [
        'Il juge les produits, le conseil et le magasin.',
        'He judges the products, the advice and the store.',
      ],
    },
    afterSales: {
      name: ['Service après-vente', 'After-sales'],
      description: [
        'Il retourne, échange ou fait réparer.',
        'He returns, exchanges or has something repaired.',
      ],
    },
    loyalty: {
      name: ['Fidélisation', 'Loyalty'],
      description: [
        'Il revient pour la suite de son chantier.',
        'He comes back for the next part of his project.',
      ],
    },
    recommend: {
      name: ['Recommandation', 'Recommendation'],
      description: [
        'Il recommande l’enseigne et partage ses réalisations.',
        'He recommends the chain and shares his projects.',
      ],
    },
  },
  channels: {
    web: {
      name: ['Site web', 'Website'],
      kind: 'digital',
      media: {
        site: ['Site web', 'Website'],
        storeListing: ['Fiche magasin Google', 'Google store listing'],
      },
    },
    app: {
      name: ['Application mobile', 'Mobile app'],
      kind: 'digital',
      media: { app: ['Application', 'App'] },
    },
    store: {
      name: ['Magasin', 'Store'],
      kind: 'physical',
      media: {
        aisle: ['Rayon et signalétique', 'Aisle and signage'],
        advisor: ['Conseiller de vente', 'Sales adviser'],
        kiosk: ['Borne interactive', 'Interactive kiosk'],
        till: ['Caisse', 'Till'],
        loyaltyCard: ['Carte de fidélité', 'Loyalty card'],
        pickupDesk: ['Comptoir de retrait', 'Collection desk'],
        serviceDesk: ['Accueil service client', 'Customer service desk'],
        workshop: ['Atelier', 'Workshop'],
      },
    },
    email: {
      name: ['E-mail', 'Email'],
      kind: 'digital',
      media: {
        newsletter: ['Newsletter', 'Newsletter'],
        receipt: ['Ticket de caisse par e-mail', 'Emailed receipt'],
        triggered: ['E-mail automatisé', 'Triggered email'],
      },
    },
    sms: {
      name: ['SMS', 'SMS'],
      kind: 'digital',
      media: { sms: ['SMS de notification', 'Notification SMS'] },
    },
    social: {
      name: ['Réseaux sociaux', 'Social networks'],
      kind: 'digital',
      media: {
        socialAds: ['Publicité sponsorisée', 'Sponsored ad'],
        video: ['Tutoriels vidéo', 'Video tutorials'],
        community: ['Communauté de bricoleurs', 'DIY community'],
      },
    },
    phone: {
      name: ['Téléphone', 'Phone'],
      kind: 'physical',
      media: {
        storePhone: ['Standard du magasin', 'Store switchboard'],
        callCentre: ['Service client national', 'National customer service'],
      },
    },
    print: {
      name: ['Imprimés', 'Print'],
      kind: 'physical',
      media: { leaflet: ['Prospectus en boîte aux lettres', 'Door-drop leaflet'] },
    },
    delivery: {
      name: ['Livraison', 'Delivery'],
      kind: 'physical',
      media: { truck: ['Livraison à domicile', 'Home delivery'] },
    },
  },
  objectives: {
    webToStore: {
      name: ['Développer le web-to-store', 'Grow web-to-store'],
      description: [
        'Passer de 12 % à 20 % des ventes préparées en ligne.',
        'Raise the share of sales prepared online from 12% to 20%.',
      ],
      weight: 25,
    },
    basket: {
      name: ['Augmenter le panier par le conseil', 'Grow the basket through advice'],
      description: [
        'Porter le panier moyen des projets de 86 € à 100 €.',
        'Raise the average project basket from €86 to €100.',
      ],
      weight: 20,
    },
    identification: {
      name: ['Identifier les ventes', 'Identify sales'],
      description: [
        'Rattacher 75 % des ventes à un client (carte ou compte), contre 55 %.',
        'Tie 75% of sales to a customer (card or account), up from 55%.',
      ],
      weight: 20,
    },
    nps: {
      name: ['Améliorer le NPS magasin', 'Improve store NPS'],
      description: ['Passer d’un NPS de +12 à +25.', 'Move the store NPS from +12 to +25.'],
      weight: 20,
    },
    availability: {
      name: ['Fiabiliser la disponibilité', 'Make availability reliable'],
      description: [
        'Ramener de 14 % à 3 % les écarts entre le stock affiché et le rayon.',
        'Bring gaps between displayed and shelf stock down from 14% to 3%.',
      ],
      weight: 15,
    },
  },
  owners: {
    marketing: ['Marketing', 'Marketing'],
    digital: ['Équipe digitale', 'Digital team'],
    crm: ['CRM et fidélité', 'CRM and loyalty'],
    store: ['Équipe magasin', 'Store team'],
    supply: ['Supply chain', 'Supply chain'],
    service: ['Service client', 'Customer service'],
  },
} satisfies FrameSpec;

export type RetailKeys = KeysOf<typeof RETAIL_FRAME>;
