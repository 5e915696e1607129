/** Names, descriptions and workshop notes of Camille's touchpoints, from arrival to purchase. */
import type { CamilleRow } from './ecommerce-camille.ts';
import type { KeyAt, TextTable } from './journey.ts';

type BuyingKey = KeyAt<CamilleRow, 'arrival' | 'search' | 'compare' | 'select' | 'purchase'>;

export const CAMILLE_BUYING_TEXTS: TextTable<BuyingKey> = {
  instaAd: {
    fr: [
      'Publicité Instagram « nouvelle collection »',
      'Carrousel sponsorisé ciblé 25–45 ans, urbains, centres d’intérêt déco.',
      'CPC 0,42 € ; bon relais de notoriété, conversion directe faible (0,8 %).',
    ],
    en: [
      'Instagram ad “new collection”',
      'Sponsored carousel targeting urban 25–45s interested in home decor.',
      'CPC €0.42; good for awareness, low direct conversion (0.8%).',
    ],
  },
  shoppingAd: {
    fr: [
      'Annonce Google Shopping',
      'Annonces produit sur les requêtes génériques (« robe lin », « nappe »).',
      'Premier canal d’acquisition payante ; ROAS 4,1 mais en baisse sur la maison.',
    ],
    en: [
      'Google Shopping ad',
      'Product ads on generic queries (“linen dress”, “tablecloth”).',
      'First paid acquisition channel; ROAS 4.1, falling on home products.',
    ],
  },
  influencer: {
    fr: [
      'Post d’une influenceuse déco',
      'Partenariats mensuels avec trois créatrices de contenu maison.',
      'Contenu jugé authentique ; lien en bio suivi par 2 % des abonnés.',
    ],
    en: [
      'Home decor influencer post',
      'Monthly partnerships with three home content creators.',
      'Content seen as authentic; bio link followed by 2% of followers.',
    ],
  },
  homePage: {
    fr: [
      'Page d’accueil',
      'Bannières de saison et accès aux univers mode et maison.',
      'Taux de rebond 38 % ; bannières identiques pour tous les visiteurs.',
    ],
    en: [
      'Home page',
      'Seasonal banners and entry to the fashion and home ranges.',
      'Bounce rate 38%; the same banners for every visitor.',
    ],
  },
  siteSearch: {
    fr: [
      'Moteur de recherche du site',
      'Champ de recherche sur mots-clés exacts, sans suggestions.',
      '18 % des recherches sans résultat (« nappe bleue » ne trouve pas « nappe indigo »).',
    ],
    en: [
      'Site search',
      'Exact keyword search box, no suggestions.',
      '18% of searches return nothing (“blue tablecloth” misses “indigo tablecloth”).',
    ],
  },
  appBrowse: {
    fr: [
      'Navigation dans l’appli',
      'Lookbooks, filtres rapides et fiches allégées sur mobile.',
      'Note 4,6/5 sur les stores ; les clientes de l’appli commandent 1,8 fois plus.',
    ],
    en: [
      'Browsing the app',
      'Lookbooks, quick filters and lighter product pages on mobile.',
      'Rated 4.6/5 in the stores; app customers order 1.8 times more.',
    ],
  },
  productPage: {
    fr: [
      'Fiche produit',
      'Photos, composition, prix, disponibilité par taille.',
      'Photos appréciées ; matières et entretien souvent incomplets sur la maison.',
    ],
    en: [
      'Product page',
      'Photos, composition, price, availability by size.',
      'Photos are liked; materials and care often incomplete on home products.',
    ],
  },
  sizeGuide: {
    fr: [
      'Guide des tailles',
      'Tableau de correspondance générique, identique pour toutes les marques.',
      '41 % des retours mode ont pour motif « taille » ; première source d’hésitation.',
    ],
    en: [
      'Size guide',
      'A generic size chart, the same for every brand.',
      '41% of fashion returns are for size; the first cause of hesitation.',
    ],
  },
  liveChat: {
    fr: [
      'Chat en direct avec un conseiller',
      'Attendu pour une question de taille ou de matière ; non proposé.',
      'Estimation : outil 450 €/mois et 1,5 ETP ; 1 visiteuse sur 10 le chercherait.',
    ],
    en: [
      'Live chat with an adviser',
      'Expected for a size or material question; not offered.',
      'Estimate: €450/month tool and 1.5 FTE; 1 visitor in 10 would look for it.',
    ],
  },
  productReviews: {
    fr: [
      'Avis clients sur la fiche',
      'Avis vérifiés avec photos, note moyenne 4,5/5.',
      'Les fiches avec avis convertissent 2,3 fois mieux.',
    ],
    en: [
      'Customer reviews on the page',
      'Verified reviews with photos, 4.5/5 on average.',
      'Pages with reviews convert 2.3 times better.',
    ],
  },
  marketplace: {
    fr: [
      'Comparaison sur une marketplace',
      'Une partie du catalogue est vendue sur deux marketplaces.',
      'Prix parfois plus bas sur la marketplace : cannibalisation à surveiller.',
    ],
    en: [
      'Comparing on a marketplace',
      'Part of the range is sold on two marketplaces.',
      'Prices are sometimes lower there: cannibalisation to watch.',
    ],
  },
  wishlist: {
    fr: [
      'Liste d’envies dans l’appli',
      'Articles mis de côté dans l’appli pour plus tard.',
      'Rupture : la liste n’est pas reliée au compte web ; 1 utilisatrice sur 3 la recrée à la main.',
    ],
    en: [
      'Wishlist in the app',
      'Items saved in the app for later.',
      'Rupture: the list is not linked to the web account; 1 user in 3 rebuilds it by hand.',
    ],
  },
  instaDm: {
    fr: [
      'Question en message privé Instagram',
      'Questions produit posées à la marque en message privé.',
      'Réponse en 48 h en moyenne ; canal détourné faute de chat.',
    ],
    en: [
      'Instagram direct message',
      'Product questions sent to the brand by direct message.',
      'Answered in 48 h on average; used for lack of a chat.',
    ],
  },
  cart: {
    fr: [
      'Panier',
      'Récapitulatif des articles, sans estimation des frais de port.',
      'Taux d’abandon de 72 % ; le panier moyen abandonné vaut 104 €.',
    ],
    en: [
      'Cart',
      'Summary of the items, with no shipping estimate.',
      'Abandonment rate 72%; the average abandoned cart is worth €104.',
    ],
  },
  promoCode: {
    fr: [
      'Code promo',
      'Champ code promo au panier.',
      'Rupture : les codes des stories Instagram sont refusés sur le site (« non cumulable ») ; 600 appels par mois.',
    ],
    en: [
      'Promo code',
      'Promo code field in the cart.',
      'Rupture: codes from Instagram stories are refused on the site (“cannot be combined”); 600 calls a month.',
    ],
  },
  cartReminder: {
    fr: [
      'Relance de panier abandonné',
      'E-mail unique envoyé 24 h après l’abandon.',
      'Ouverture 41 %, mais message générique sans les articles du panier.',
    ],
    en: [
      'Abandoned cart reminder',
      'One email sent 24 h after the cart is abandoned.',
      '41% open rate, but a generic message without the cart items.',
    ],
  },
  checkout: {
    fr: [
      'Tunnel de commande',
      'Cinq étapes, création de compte obligatoire, frais de port en dernière étape.',
      'Moment de vérité : 31 % des abandons ont lieu à l’affichage des frais de port.',
    ],
    en: [
      'Checkout',
      'Five steps, mandatory account creation, shipping costs at the last step.',
      'Moment of truth: 31% of drop-offs happen when shipping costs appear.',
    ],
  },
  payment: {
    fr: [
      'Paiement par carte ou PayPal',
      'Paiement sécurisé 3-D Secure.',
      'Taux d’acceptation 96 % ; frais de transaction 1,5 %.',
    ],
    en: [
      'Card or PayPal payment',
      'Secure 3-D Secure payment.',
      '96% acceptance rate; 1.5% transaction fees.',
    ],
  },
  splitPayment: {
    fr: [
      'Paiement en plusieurs fois',
      'Attendu pour les paniers déco au-delà de 150 € ; non proposé.',
      'Estimation : commission partenaire 2,4 % ; demandé dans 9 % des verbatims.',
    ],
    en: [
      'Pay in instalments',
      'Expected for home baskets above €150; not offered.',
      'Estimate: 2.4% partner fee; asked for in 9% of verbatims.',
    ],
  },
  appPurchase: {
    fr: [
      'Achat dans l’appli',
      'Commande en deux écrans avec Apple Pay ou Google Pay.',
      'Conversion 4,9 % contre 1,7 % sur le site mobile.',
    ],
    en: [
      'Buying in the app',
      'Two-screen checkout with Apple Pay or Google Pay.',
      '4.9% conversion against 1.7% on the mobile site.',
    ],
  },
  orderEmail: {
    fr: [
      'E-mail de confirmation de commande',
      'Récapitulatif de la commande et délai estimé.',
      'Clair ; ne rappelle pas comment modifier la livraison.',
    ],
    en: [
      'Order confirmation email',
      'Order summary and estimated delivery date.',
      'Clear; does not say how to change the delivery.',
    ],
  },
};
