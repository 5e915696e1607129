/** Names, descriptions and workshop notes of Thomas's touchpoints, from arrival to purchase. */
import type { KeyAt, TextTable } from './journey.ts';
import type { ThomasRow } from './retail-thomas.ts';

type BuyingKey = KeyAt<ThomasRow, 'arrival' | 'search' | 'compare' | 'select' | 'purchase'>;

export const THOMAS_BUYING_TEXTS: TextTable<BuyingKey> = {
  leaflet: {
    fr: [
      'Prospectus promotionnel',
      'Prospectus de 16 pages distribué tous les mois dans la zone de chalandise.',
      'Premier poste du budget marketing ; 4 % des clients le citent comme raison de leur visite.',
    ],
    en: [
      'Promotional leaflet',
      'A 16-page leaflet distributed every month across the catchment area.',
      'The largest marketing budget line; 4% of customers name it as the reason for their visit.',
    ],
  },
  localListing: {
    fr: [
      'Fiche magasin Google',
      'Horaires, itinéraire, photos et avis de chaque magasin.',
      '240 000 vues par mois ; horaires exacts, appels et itinéraires en hausse.',
    ],
    en: [
      'Google store listing',
      'Opening hours, directions, photos and reviews for each store.',
      '240,000 views a month; accurate hours, calls and directions rising.',
    ],
  },
  projectAd: {
    fr: [
      'Publicité « projet salle de bain »',
      'Vidéos sponsorisées ciblant les propriétaires récents.',
      'Bonne mémorisation, peu de visites attribuables.',
    ],
    en: [
      '“Bathroom project” ad',
      'Sponsored videos targeting recent home buyers.',
      'Well remembered, few attributable visits.',
    ],
  },
  storeEntrance: {
    fr: [
      'Entrée et plan du magasin',
      'Parking, entrée, plan général et signalétique des allées.',
      'Plan à l’entrée seulement ; les nouveaux clients se perdent entre bricolage et jardin.',
    ],
    en: [
      'Store entrance and map',
      'Car park, entrance, store map and aisle signs.',
      'A map at the entrance only; new customers get lost between DIY and garden.',
    ],
  },
  webCatalogue: {
    fr: [
      'Catalogue en ligne',
      '40 000 références avec fiches techniques.',
      'Bon contenu technique ; filtres par usage insuffisants.',
    ],
    en: [
      'Online catalogue',
      '40,000 products with technical sheets.',
      'Good technical content; not enough filters by use.',
    ],
  },
  stockCheck: {
    fr: [
      'Stock affiché par magasin',
      'Mention « en stock dans votre magasin » sur la fiche produit.',
      'Moment de vérité et rupture : stock mis à jour la nuit, faux dans 14 % des cas ; le client se déplace pour rien.',
    ],
    en: [
      'Stock shown per store',
      '“In stock at your store” on the product page.',
      'Moment of truth and rupture: stock is updated overnight and wrong 14% of the time; the customer travels for nothing.',
    ],
  },
  tutorials: {
    fr: [
      'Tutoriels vidéo',
      '350 tutoriels pas à pas, du carrelage à la taille des haies.',
      'Très regardés (210 000 vues par mois), liés aux listes de matériel.',
    ],
    en: [
      'Video tutorials',
      '350 step-by-step tutorials, from tiling to hedge trimming.',
      'Widely watched (210,000 views a month), linked to materials lists.',
    ],
  },
  projectAppointment: {
    fr: [
      'Rendez-vous avec un conseiller projet',
      'Attendu pour une salle de bain ou une cuisine ; non proposé.',
      'Estimation : 3 000 rendez-vous par mois, panier moyen projet de 1 400 €.',
    ],
    en: [
      'Appointment with a project adviser',
      'Expected for a bathroom or kitchen; not offered.',
      'Estimate: 3,000 appointments a month, €1,400 average project basket.',
    ],
  },
  storePhoneCall: {
    fr: [
      'Appel au magasin',
      'Appel au standard pour vérifier un stock ou un conseil.',
      '40 % des appels sans réponse le samedi.',
    ],
    en: [
      'Call to the store',
      'Calls the switchboard to check stock or get advice.',
      '40% of calls go unanswered on Saturdays.',
    ],
  },
  aisleCompare: {
    fr: [
      'Comparaison en rayon',
      'Étiquettes prix et fiches produit en rayon.',
      'Caractéristiques techniques absentes des étiquettes : il compare sur son téléphone.',
    ],
    en: [
      'Comparing in the aisle',
      'Price labels and shelf information.',
      'Technical features missing from labels: he compares on his phone.',
    ],
  },
  aisleAdvisor: {
    fr: [
      'Conseil d’un vendeur en rayon',
      'Conseillers métier par univers (plomberie, électricité, jardin).',
      'Moment de vérité : conseil jugé excellent (4,6/5), mais 1 client sur 3 renonce à attendre le samedi.',
    ],
    en: [
      'Advice from an adviser in the aisle',
      'Trade specialists per range (plumbing, electrical, garden).',
      'Moment of truth: advice rated excellent (4.6/5), but 1 customer in 3 gives up waiting on Saturdays.',
    ],
  },
  storeKiosk: {
    fr: [
      'Borne interactive en magasin',
      'Borne de consultation du catalogue dans l’allée centrale.',
      'Utilisée par 2 % des visiteurs, en panne une semaine sur deux.',
    ],
    en: [
      'Interactive kiosk in store',
      'A catalogue kiosk in the main aisle.',
      'Used by 2% of visitors, out of order one week in two.',
    ],
  },
  productReviews: {
    fr: [
      'Avis clients en ligne',
      'Avis vérifiés et questions-réponses sur les fiches.',
      'Les produits avec avis se vendent 1,6 fois plus en magasin.',
    ],
    en: [
      'Online customer reviews',
      'Verified reviews and Q&A on product pages.',
      'Products with reviews sell 1.6 times more in store.',
    ],
  },
  clickCollect: {
    fr: [
      'Réservation click & collect',
      'Commande en ligne, retrait en 2 h dans le magasin choisi.',
      '21 000 commandes par mois, en croissance de 30 % sur un an.',
    ],
    en: [
      'Click & collect order',
      'Order online, collect within 2 h at the chosen store.',
      '21,000 orders a month, up 30% in a year.',
    ],
  },
  projectList: {
    fr: [
      'Liste projet dans l’appli',
      'Liste de matériel avec l’allée de chaque produit.',
      'Appréciée de ceux qui la connaissent ; peu mise en avant.',
    ],
    en: [
      'Project list in the app',
      'A materials list showing the aisle of each product.',
      'Liked by those who know it; little promoted.',
    ],
  },
  woodCutting: {
    fr: [
      'Découpe de bois en magasin',
      'Découpe des panneaux aux dimensions, sur place.',
      '40 min d’attente le samedi ; les cotes sont notées sur papier.',
    ],
    en: [
      'In-store wood cutting',
      'Boards cut to size on site.',
      '40 min wait on Saturdays; measurements written on paper.',
    ],
  },
  till: {
    fr: [
      'Passage en caisse',
      'Caisses traditionnelles et quatre caisses automatiques.',
      '15 min d’attente le samedi entre 10 h et 12 h ; premier motif de détraction.',
    ],
    en: [
      'Checkout at the till',
      'Staffed tills and four self-service tills.',
      '15 min wait on Saturdays between 10 am and noon; the first reason for detraction.',
    ],
  },
  cardAtTill: {
    fr: [
      'Carte de fidélité en caisse',
      'La carte est demandée en caisse, 1 point par euro.',
      '55 % des ventes identifiées ; la carte est souvent oubliée.',
    ],
    en: [
      'Loyalty card at the till',
      'The card is asked for at the till, 1 point per euro.',
      '55% of sales identified; the card is often forgotten.',
    ],
  },
  eReceipt: {
    fr: [
      'Ticket de caisse par e-mail',
      'Ticket envoyé par e-mail aux porteurs de carte.',
      'Garanties retrouvées facilement ; 54 % des porteurs l’ont activé.',
    ],
    en: [
      'Receipt by email',
      'Receipt emailed to card holders.',
      'Warranties are easy to find; 54% of card holders have turned it on.',
    ],
  },
  scanAndGo: {
    fr: [
      'Scan & go dans l’appli',
      'Scanner ses articles en rayon et payer dans l’appli ; non proposé.',
      'Estimation : 600 h de développement ; éviterait la caisse à 40 000 clients par mois.',
    ],
    en: [
      'Scan & go in the app',
      'Scan items in the aisle and pay in the app; not offered.',
      'Estimate: 600 h of development; would spare 40,000 customers a month the till.',
    ],
  },
  webCheckout: {
    fr: [
      'Paiement en ligne',
      'Paiement de la commande click & collect ou livrée.',
      'Rupture : le compte web n’est pas relié à la carte de fidélité ; les achats en ligne ne rapportent aucun point.',
    ],
    en: [
      'Online payment',
      'Payment of click & collect and delivered orders.',
      'Rupture: the web account is not linked to the loyalty card; online purchases earn no points.',
    ],
  },
};
