/**
 * The e-commerce template: an online fashion and home retailer (about 450,000
 * visits and 9,500 orders a month, average basket €78) whose CRM team wants to
 * turn one-off buyers into repeat customers without raising the cost to serve.
 */
import type { FrameSpec, KeysOf } from './frame.ts';

export const ECOMMERCE_FRAME = {
  personas: {
    camille: {
      name: ['Camille, la citadine connectée', 'Camille, the connected city dweller'],
      description: [
        '34 ans, cadre à Lyon. Achète mode et déco sur mobile, 3 à 4 commandes par an, panier moyen de 95 €. Découvre les nouveautés sur Instagram et compare avant de commander le soir.',
        '34, a manager in Lyon. Buys fashion and home decor on her phone, 3 to 4 orders a year, €95 average basket. Finds new arrivals on Instagram and compares before ordering in the evening.',
      ],
      goals: [
        [
          'Trouver vite la bonne pièce, dans la bonne taille',
          'Find the right piece in the right size, fast',
        ],
        ['Être livrée sans avoir à rester chez elle', 'Get deliveries without having to stay home'],
        ['Retourner un article sans contrainte', 'Return an item without hassle'],
      ],
      frustrations: [
        [
          'Découvrir les frais de port à la dernière étape',
          'Finding the shipping costs at the last step',
        ],
        ['Devoir imprimer une étiquette de retour', 'Having to print a return label'],
        [
          'Recevoir trop de notifications promotionnelles',
          'Getting too many promotional notifications',
        ],
      ],
      share: 0.45,
      color: '#3B6FD8',
    },
    martine: {
      name: ['Martine, l’acheteuse prudente', 'Martine, the cautious shopper'],
      description: [
        '58 ans, vit en périphérie de Tours. Achète surtout du linge de maison, sur ordinateur, deux fois par an. Feuillette le catalogue papier et appelle le service client avant de commander.',
        '58, lives on the outskirts of Tours. Mostly buys household linen, on her computer, twice a year. Leafs through the paper catalogue and calls customer service before ordering.',
      ],
      goals: [
        [
          'Être rassurée sur la qualité avant d’acheter',
          'Be reassured about quality before buying',
        ],
        ['Parler à une personne quand elle hésite', 'Talk to a person when in doubt'],
      ],
      frustrations: [
        ['Les mots de passe et la création de compte', 'Passwords and account creation'],
        ['Les retours qui exigent une imprimante', 'Returns that require a printer'],
      ],
      share: 0.3,
      color: '#D9822B',
    },
    lucas: {
      name: ['Lucas, le chasseur de bonnes affaires', 'Lucas, the bargain hunter'],
      description: [
        '24 ans, jeune actif à Lille. Suit les soldes et les ventes privées, compare sur les marketplaces, achète surtout dans l’appli avec des codes promo.',
        '24, a young professional in Lille. Follows sales and private sales, compares on marketplaces, mostly buys in the app with promo codes.',
      ],
      goals: [
        ['Payer le meilleur prix', 'Pay the best price'],
        ['Être prévenu des ventes privées', 'Hear about private sales first'],
      ],
      frustrations: [
        ['Les codes promo refusés sans explication', 'Promo codes refused without explanation'],
        ['Les prix différents selon le canal', 'Prices that differ from one channel to another'],
      ],
      share: 0.2,
      color: '#2E9E6A',
    },
  },
  phases: {
    suspect: {
      name: ['Suspect', 'Suspect'],
      description: [
        'Exposé à la marque, sans visite identifiée.',
        'Exposed to the brand, no identified visit yet.',
      ],
    },
    prospect: {
      name: ['Prospect', 'Prospect'],
      description: [
        'Visite, crée un panier ou s’inscrit, sans avoir commandé.',
        'Visits, fills a cart or signs up, has not ordered.',
      ],
    },
    newCustomer: {
      name: ['Nouveau client', 'New customer'],
      description: [
        'Une seule commande dans les 12 derniers mois.',
        'One order in the last 12 months.',
      ],
    },
    loyal: {
      name: ['Client fidèle', 'Loyal customer'],
      description: [
        'Au moins deux commandes dans les 12 derniers mois.',
        'At least two orders in the last 12 months.',
      ],
    },
    ambassador: {
      name: ['Ambassadeur', 'Ambassador'],
      description: [
        'Recommande la marque : avis, parrainage, contenus partagés.',
        'Recommends the brand: reviews, referrals, shared content.',
      ],
    },
    lapsed: {
      name: ['Client inactif', 'Lapsed customer'],
      description: ['Aucune commande depuis plus de 12 mois.', 'No order for more than 12 months.'],
    },
  },
  stages: {
    arrival: {
      name: ['Arrivée sur le site', 'Arrival on the site'],
      description: [
        'La cliente découvre la marque et arrive sur le site ou l’appli.',
        'The customer discovers the brand and lands on the site or app.',
      ],
    },
    search: {
      name: ['Recherche d’information', 'Information search'],
      description: [
        'Elle cherche un article et s’informe sur la taille, la matière, le prix.',
        'She looks for an item and checks size, material and price.',
      ],
    },
    compare: {
      name: ['Comparaison', 'Comparison'],
      description: [
        'Elle compare avec d’autres articles et d’autres enseignes.',
        'She compares with other items and other retailers.',
      ],
    },
    select: {
      name: ['Sélection', 'Selection'],
      description: [
        'Elle remplit son panier et choisit ses options.',
        'She fills her cart and picks her options.',
      ],
    },
    purchase: {
      name: ['Achat', 'Purchase'],
      description: ['Elle commande et paie.', 'She orders and pays.'],
    },
    reception: {
      name: ['Réception', 'Delivery'],
      description: ['Elle suit son colis et le reçoit.', 'She tracks her parcel and receives it.'],
    },
    evaluation: {
      name: ['Évaluation', 'Evaluation'],
      description: [
        'Elle juge le produit et l’expérience.',
        'She judges the product and the experience.',
      ],
    },
    afterSales: {
      name: ['Service après-vente', 'After-sales'],
      description: [
        'Elle pose une question, retourne ou échange un article.',
        'She asks a question, returns or exchanges an item.',
      ],
    },
    loyalty: {
      name: ['Fidélisation', 'Loyalty'],
      description: ['Elle revient et commande à nouveau.', 'She comes back and orders again.'],
    },
    recommend: {
      name: ['Recommandation', 'Recommendation'],
      description: [
        'Elle recommande la marque à son entourage.',
        'She recommends the brand to friends and family.',
      ],
    },
  },
  channels: {
    web: {
      name: ['Site web', 'Website'],
      kind: 'digital',
      media: {
        site: ['Site marchand', 'Online store'],
        search: ['Moteur de recherche (SEO/SEA)', 'Search engine (SEO/SEA)'],
        chat: ['Chat en ligne', 'Live chat'],
      },
    },
    app: {
      name: ['Application mobile', 'Mobile app'],
      kind: 'digital',
      media: { app: ['Application', 'App'], push: ['Notification push', 'Push notification'] },
    },
    email: {
      name: ['E-mail', 'Email'],
      kind: 'digital',
      media: {
        newsletter: ['Newsletter', 'Newsletter'],
        transactional: ['E-mail transactionnel', 'Transactional email'],
        triggered: ['E-mail automatisé', 'Triggered email'],
      },
    },
    sms: {
      name: ['SMS', 'SMS'],
      kind: 'digital',
      media: {
        sms: ['SMS transactionnel', 'Transactional SMS'],
        smsPromo: ['SMS promotionnel', 'Promotional SMS'],
      },
    },
    social: {
      name: ['Réseaux sociaux', 'Social networks'],
      kind: 'digital',
      media: {
        socialAds: ['Publicité sponsorisée', 'Sponsored ad'],
        influence: ['Influenceurs', 'Influencers'],
        community: ['Compte Instagram de la marque', 'Brand Instagram account'],
        dm: ['Messagerie privée', 'Direct messages'],
      },
    },
    service: {
      name: ['Service client', 'Customer service'],
      kind: 'physical',
      media: { phone: ['Téléphone', 'Phone'], form: ['Formulaire de contact', 'Contact form'] },
    },
    parcel: {
      name: ['Colis et courrier', 'Parcel and mail'],
      kind: 'physical',
      media: {
        parcel: ['Colis', 'Parcel'],
        relay: ['Point relais', 'Pick-up point'],
        insert: ['Encart dans le colis', 'Parcel insert'],
        catalogue: ['Catalogue papier', 'Paper catalogue'],
      },
    },
    marketplace: {
      name: ['Marketplaces partenaires', 'Partner marketplaces'],
      kind: 'digital',
      media: { listing: ['Fiche marketplace', 'Marketplace listing'] },
    },
    reviews: {
      name: ['Plateformes d’avis', 'Review platforms'],
      kind: 'digital',
      media: { reviewSite: ['Avis vérifiés', 'Verified reviews'] },
    },
  },
  objectives: {
    repeat: {
      name: ['Augmenter le réachat', 'Grow repeat purchase'],
      description: [
        'Porter de 28 % à 35 % la part de clients qui recommandent dans les 12 mois.',
        'Raise the share of customers who order again within 12 months from 28% to 35%.',
      ],
      weight: 30,
    },
    cart: {
      name: ['Réduire l’abandon de panier', 'Reduce cart abandonment'],
      description: [
        'Faire passer le taux d’abandon de panier de 72 % à 65 %.',
        'Bring the cart abandonment rate down from 72% to 65%.',
      ],
      weight: 25,
    },
    nps: {
      name: ['Améliorer le NPS', 'Improve NPS'],
      description: [
        'Passer d’un NPS de +18 à +30 après livraison.',
        'Move the post-delivery NPS from +18 to +30.',
      ],
      weight: 20,
    },
    costToServe: {
      name: ['Baisser le coût de service', 'Lower the cost to serve'],
      description: [
        'Passer de 0,32 à 0,20 contact client par commande.',
        'Go from 0.32 to 0.20 customer contacts per order.',
      ],
      weight: 15,
    },
    acquisition: {
      name: ['Acquérir des clients rentables', 'Acquire profitable customers'],
      description: [
        'Tenir un coût d’acquisition inférieur à 25 € par nouveau client.',
        'Keep the acquisition cost below €25 per new customer.',
      ],
      weight: 10,
    },
  },
  owners: {
    ecom: ['Équipe e-commerce', 'E-commerce team'],
    acquisition: ['Acquisition digitale', 'Digital acquisition'],
    crm: ['Équipe CRM', 'CRM team'],
    digital: ['Produit digital', 'Digital product'],
    brand: ['Marque et contenus', 'Brand and content'],
    service: ['Service client', 'Customer service'],
    logistics: ['Logistique', 'Logistics'],
    marketplace: ['Équipe marketplaces', 'Marketplace team'],
    finance: ['Finance', 'Finance'],
  },
} satisfies FrameSpec;

export type EcommerceKeys = KeysOf<typeof ECOMMERCE_FRAME>;
