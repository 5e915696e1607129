/** Names, descriptions and workshop notes of Camille's touchpoints, from delivery to recommendation. */
import type { CamilleRow } from './ecommerce-camille.ts';
import type { KeyAt, TextTable } from './journey.ts';

type OwningKey = KeyAt<
  CamilleRow,
  'reception' | 'evaluation' | 'afterSales' | 'loyalty' | 'recommend'
>;

export const CAMILLE_OWNING_TEXTS: TextTable<OwningKey> = {
  shippingSms: {
    fr: [
      'SMS d’expédition',
      'SMS avec le lien de suivi du transporteur.',
      'Le lien mène au site du transporteur : impossible d’y changer de créneau ; 22 % des appels sont des « où est ma commande ? ».',
    ],
    en: [
      'Shipping SMS',
      'SMS with the carrier’s tracking link.',
      'The link leads to the carrier’s site, where the slot cannot be changed; 22% of calls are “where is my order?”.',
    ],
  },
  homeDelivery: {
    fr: [
      'Livraison à domicile',
      'Livraison en 3 à 5 jours ouvrés, offerte dès 60 €.',
      '94 % livrées dans les délais ; 12 % d’échecs de première présentation.',
    ],
    en: [
      'Home delivery',
      'Delivered in 3 to 5 working days, free above €60.',
      '94% delivered on time; 12% first-attempt failures.',
    ],
  },
  relayPickup: {
    fr: [
      'Retrait en point relais',
      'Livraison en point relais en 4 jours.',
      'Choisi par un tiers des clientes ; points relais parfois saturés.',
    ],
    en: [
      'Pick-up point collection',
      'Delivery to a pick-up point in 4 days.',
      'Chosen by a third of customers; pick-up points sometimes full.',
    ],
  },
  unboxing: {
    fr: [
      'Ouverture du colis',
      'Papier de soie, carte manuscrite, emballage recyclé.',
      'Moment de vérité positif : cité dans 27 % des avis 5 étoiles.',
    ],
    en: [
      'Opening the parcel',
      'Tissue paper, handwritten card, recycled packaging.',
      'A positive moment of truth: mentioned in 27% of 5-star reviews.',
    ],
  },
  parcelInsert: {
    fr: [
      'Encart -10 % dans le colis',
      'Carte avec un code de réduction sur la prochaine commande.',
      '6 % d’utilisation ; code identique pour toutes.',
    ],
    en: [
      '10% off insert in the parcel',
      'A card with a discount code for the next order.',
      '6% redemption; the same code for everyone.',
    ],
  },
  reviewRequest: {
    fr: [
      'Demande d’avis à J+10',
      'E-mail invitant à noter les articles reçus.',
      '14 % de réponse ; alimente la plateforme d’avis.',
    ],
    en: [
      'Review request on day 10',
      'Email asking to rate the items received.',
      '14% response; feeds the review platform.',
    ],
  },
  npsSurvey: {
    fr: [
      'Enquête de satisfaction',
      'Questionnaire de 25 questions après livraison.',
      '8 % de réponse, 60 % d’abandon en cours ; jugé trop long.',
    ],
    en: [
      'Satisfaction survey',
      'A 25-question survey after delivery.',
      '8% response, 60% quit halfway; seen as too long.',
    ],
  },
  helpCentre: {
    fr: [
      'Centre d’aide en ligne',
      'FAQ de 120 articles.',
      'Articles non mis à jour depuis 2 ans ; la recherche ne trouve pas les retours.',
    ],
    en: [
      'Online help centre',
      'A 120-article FAQ.',
      'Articles not updated for 2 years; search does not find returns.',
    ],
  },
  returnRequest: {
    fr: [
      'Demande de retour en ligne',
      'Formulaire de retour et étiquette PDF à imprimer.',
      'Moment de vérité et rupture : sans imprimante, la cliente doit appeler ; NPS des clientes ayant retourné : -12.',
    ],
    en: [
      'Online return request',
      'Return form and a PDF label to print.',
      'Moment of truth and rupture: without a printer she has to call; NPS of customers who returned: -12.',
    ],
  },
  servicePhone: {
    fr: [
      'Appel au service client',
      'Plateau de 9 conseillers, du lundi au vendredi, 9 h–18 h.',
      'Moment de vérité : 9 min d’attente en moyenne, fermé le samedi ; 0,32 contact par commande.',
    ],
    en: [
      'Call to customer service',
      'A team of 9 agents, Monday to Friday, 9 am–6 pm.',
      'Moment of truth: 9 min average wait, closed on Saturdays; 0.32 contacts per order.',
    ],
  },
  contactForm: {
    fr: [
      'Formulaire de contact',
      'Formulaire web traité par le service client.',
      'Réponse sous 72 h ; 30 % des demandes relancées par téléphone.',
    ],
    en: [
      'Contact form',
      'Web form handled by customer service.',
      'Answered within 72 h; 30% of requests followed up by phone.',
    ],
  },
  refund: {
    fr: [
      'Remboursement',
      'E-mail de confirmation du remboursement.',
      'Remboursé 14 jours après réception en entrepôt ; 2e motif d’appel.',
    ],
    en: [
      'Refund',
      'Refund confirmation email.',
      'Refunded 14 days after the warehouse receives the item; second reason to call.',
    ],
  },
  newsletter: {
    fr: [
      'Newsletter',
      'Trois envois par semaine, identiques pour toutes les abonnées.',
      'Ouverture 19 %, désabonnements en hausse depuis le passage à trois envois.',
    ],
    en: [
      'Newsletter',
      'Three sends a week, the same for every subscriber.',
      '19% open rate; unsubscribes up since the move to three sends.',
    ],
  },
  appPush: {
    fr: [
      'Notifications push promotionnelles',
      'Jusqu’à une notification par jour.',
      'Jugées envahissantes : 35 % des utilisatrices les ont désactivées.',
    ],
    en: [
      'Promotional push notifications',
      'Up to one notification a day.',
      'Seen as intrusive: 35% of users have turned them off.',
    ],
  },
  privateSaleSms: {
    fr: [
      'SMS de vente privée',
      'Accès 24 h avant l’ouverture au public.',
      'Clic 12 % ; attendu et apprécié.',
    ],
    en: [
      'Private sale SMS',
      'Access 24 h before the public opening.',
      '12% click rate; expected and liked.',
    ],
  },
  birthdayOffer: {
    fr: [
      'Offre anniversaire',
      'E-mail avec un bon de 10 € valable un mois.',
      'Taux d’utilisation 18 % ; très bien perçu.',
    ],
    en: [
      'Birthday offer',
      'Email with a €10 voucher valid for a month.',
      '18% redemption; very well received.',
    ],
  },
  loyaltyScheme: {
    fr: [
      'Programme de fidélité',
      'Attendu par les clientes régulières ; inexistant.',
      'Estimation : plateforme 6 000 €/mois ; les concurrents directs en ont tous un.',
    ],
    en: [
      'Loyalty programme',
      'Expected by regular customers; does not exist.',
      'Estimate: €6,000/month platform; every direct competitor has one.',
    ],
  },
  paperCatalogue: {
    fr: [
      'Catalogue papier saisonnier',
      'Deux catalogues par an envoyés à 80 000 clientes.',
      'Peu lu par ce segment : 0,4 % de commandes attribuées, coût de 84 000 € par an.',
    ],
    en: [
      'Seasonal paper catalogue',
      'Two catalogues a year sent to 80,000 customers.',
      'Little read by this segment: 0.4% of orders attributed, €84,000 a year.',
    ],
  },
  winBack: {
    fr: [
      'Relance des clientes inactives',
      'E-mail après 6 mois sans commande.',
      'Réactive 3 % des inactives ; offre identique pour toutes.',
    ],
    en: [
      'Win-back of lapsed customers',
      'Email after 6 months without an order.',
      'Reactivates 3% of lapsed customers; the same offer for all.',
    ],
  },
  ugcPhotos: {
    fr: [
      'Photos partagées #marque',
      'Les clientes publient leurs looks et intérieurs.',
      '1 200 publications par mois, reprises sur les fiches produit.',
    ],
    en: [
      'Shared #brand photos',
      'Customers post their outfits and interiors.',
      '1,200 posts a month, reused on product pages.',
    ],
  },
  referral: {
    fr: [
      'Parrainage',
      '10 € offerts à la marraine et à la filleule.',
      'Peu visible (pied de page) : 800 parrainages par mois.',
    ],
    en: [
      'Referral',
      '€10 for both the referrer and the new customer.',
      'Hard to find (footer only): 800 referrals a month.',
    ],
  },
  publicReview: {
    fr: [
      'Avis sur la plateforme d’avis',
      'Note publique de la marque, 4,3/5.',
      'Les avis négatifs portent à 70 % sur les retours et le service client.',
    ],
    en: [
      'Review on the review platform',
      'The brand’s public rating, 4.3/5.',
      '70% of negative reviews are about returns and customer service.',
    ],
  },
};
