/** Names, descriptions and workshop notes of Thomas's touchpoints, from collection to recommendation. */
import type { KeyAt, TextTable } from './journey.ts';
import type { ThomasRow } from './retail-thomas.ts';

type OwningKey = KeyAt<
  ThomasRow,
  'reception' | 'evaluation' | 'afterSales' | 'loyalty' | 'recommend'
>;

export const THOMAS_OWNING_TEXTS: TextTable<OwningKey> = {
  readySms: {
    fr: [
      'SMS « commande prête »',
      'SMS envoyé dès que la commande est préparée.',
      'Reçu en 1 h 40 en moyenne ; apprécié.',
    ],
    en: [
      '“Order ready” SMS',
      'SMS sent as soon as the order is prepared.',
      'Received within 1 h 40 on average; appreciated.',
    ],
  },
  pickupDesk: {
    fr: [
      'Comptoir de retrait',
      'Comptoir click & collect au fond du magasin.',
      'Moment de vérité : 12 min d’attente en moyenne, comptoir parfois sans personne.',
    ],
    en: [
      'Collection desk',
      'Click & collect desk at the back of the store.',
      'Moment of truth: 12 min average wait, the desk is sometimes unstaffed.',
    ],
  },
  heavyDelivery: {
    fr: [
      'Livraison des produits lourds',
      'Livraison par camion grue des matériaux volumineux.',
      'Créneau d’une demi-journée, annoncé la veille.',
    ],
    en: [
      'Delivery of heavy goods',
      'Crane-truck delivery of bulky materials.',
      'A half-day slot, announced the day before.',
    ],
  },
  storeSurvey: {
    fr: [
      'Questionnaire de satisfaction',
      'SMS avec un lien vers 5 questions après achat.',
      '9 % de réponse ; résultats non partagés avec les magasins.',
    ],
    en: [
      'Satisfaction survey',
      'SMS with a link to 5 questions after purchase.',
      '9% response; results not shared with the stores.',
    ],
  },
  storeReview: {
    fr: [
      'Avis Google sur le magasin',
      'Avis publics sur la fiche Google du magasin.',
      'Note moyenne 4,1 ; un magasin sur trois répond aux avis.',
    ],
    en: [
      'Google review of the store',
      'Public reviews on the store’s Google listing.',
      '4.1 average rating; one store in three answers reviews.',
    ],
  },
  webReturn: {
    fr: [
      'Retour en magasin d’un achat web',
      'Le client rapporte au magasin un article commandé en ligne.',
      'Moment de vérité et rupture : les magasins ne voient pas les commandes web et refusent le retour ; renvoi au service client.',
    ],
    en: [
      'Returning a web purchase in store',
      'The customer brings an online order back to the store.',
      'Moment of truth and rupture: stores cannot see web orders and refuse the return; referred to customer service.',
    ],
  },
  serviceDesk: {
    fr: [
      'Accueil service client',
      'Retours, échanges et SAV des achats en magasin.',
      'Retour remboursé en 5 minutes sur présentation du ticket.',
    ],
    en: [
      'Customer service desk',
      'Returns, exchanges and repairs for in-store purchases.',
      'Refunded in 5 minutes on showing the receipt.',
    ],
  },
  callCentre: {
    fr: [
      'Service client national',
      'Plateau téléphonique pour les commandes web et le SAV.',
      'Ne voit pas les achats en magasin ; 2,5 contacts par dossier en moyenne.',
    ],
    en: [
      'National customer service',
      'Phone team for web orders and after-sales.',
      'Cannot see in-store purchases; 2.5 contacts per case on average.',
    ],
  },
  pointsEmail: {
    fr: [
      'Relevé de points mensuel',
      'E-mail avec le solde de points et les offres.',
      'Bon d’achat à 500 points : 7 mois en moyenne pour l’obtenir.',
    ],
    en: [
      'Monthly points statement',
      'Email with the points balance and offers.',
      'Voucher at 500 points: 7 months on average to earn it.',
    ],
  },
  newsletter: {
    fr: [
      'Newsletter',
      'Hebdomadaire : promotions et idées projet.',
      'Ouverture 17 % ; les idées projet cliquent deux fois plus que les promotions.',
    ],
    en: [
      'Newsletter',
      'Weekly: promotions and project ideas.',
      '17% open rate; project ideas get twice the clicks of promotions.',
    ],
  },
  appCard: {
    fr: [
      'Carte dématérialisée dans l’appli',
      'Carte de fidélité affichée dans l’appli, scannée en caisse.',
      'Fin des cartes oubliées : +9 points d’identification chez les utilisateurs.',
    ],
    en: [
      'Digital card in the app',
      'Loyalty card shown in the app, scanned at the till.',
      'No more forgotten cards: +9 points of identification among users.',
    ],
  },
  diyWorkshop: {
    fr: [
      'Atelier bricolage du samedi',
      'Ateliers gratuits de 2 h : carrelage, peinture, électricité.',
      'Satisfaction 4,8/5 ; complets en quelques heures.',
    ],
    en: [
      'Saturday DIY workshop',
      'Free 2-hour workshops: tiling, painting, electrics.',
      'Rated 4.8/5; fully booked within hours.',
    ],
  },
  winBack: {
    fr: [
      'Relance des clients inactifs',
      'E-mail avec un bon de 10 € après 12 mois sans achat.',
      'Réactive 4 % des inactifs ; message sans lien avec leurs projets passés.',
    ],
    en: [
      'Win-back of lapsed customers',
      'Email with a €10 voucher after 12 months without a purchase.',
      'Reactivates 4% of lapsed customers; the message ignores their past projects.',
    ],
  },
  projectPhotos: {
    fr: [
      'Partage de réalisations',
      'Photos avant/après publiées dans la communauté de l’enseigne.',
      '4 000 publications par mois ; les meilleures sont reprises en magasin.',
    ],
    en: [
      'Sharing finished projects',
      'Before/after photos posted in the chain’s community.',
      '4,000 posts a month; the best are shown in store.',
    ],
  },
};
