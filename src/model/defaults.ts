/**
 * What a new workspace starts from, and the default values of a new touchpoint
 * or transition. The stage template is the one of the seed articles; every
 * workspace can rename, reorder, add and remove what it gets here.
 */
import type { ChannelKind, Touchpoint, Transition, WorkspaceModel } from './schema.ts';

export type ModelLanguage = 'fr' | 'en';

/** A name and a one-sentence description, in English then French. */
type Bilingual = { readonly en: readonly [string, string]; readonly fr: readonly [string, string] };

const STAGES: readonly Bilingual[] = [
  {
    en: ['Arrival (site or store)', 'The customer first reaches the brand, online or in a shop.'],
    fr: ['Arrivée (site ou magasin)', 'Le client arrive à la marque, en ligne ou en magasin.'],
  },
  {
    en: ['Information search', 'The customer looks for information about products and offers.'],
    fr: ["Recherche d'information", 'Le client cherche des informations sur les produits.'],
  },
  {
    en: ['Comparison', 'The customer compares products, prices and brands.'],
    fr: ['Comparaison', 'Le client compare les produits, les prix et les marques.'],
  },
  {
    en: ['Selection', 'The customer picks the product and the offer that suit them.'],
    fr: ['Sélection', "Le client choisit le produit et l'offre qui lui conviennent."],
  },
  {
    en: ['Purchase', 'The customer orders and pays.'],
    fr: ['Achat', 'Le client commande et paie.'],
  },
  {
    en: ['Reception', 'The customer receives the product or starts using the service.'],
    fr: ['Réception', 'Le client reçoit le produit ou commence à utiliser le service.'],
  },
  {
    en: ['Evaluation', 'The customer judges the product and the experience.'],
    fr: ['Évaluation', "Le client juge le produit et l'expérience vécue."],
  },
  {
    en: ['After-sales', 'The customer asks for help, a repair, an exchange or a refund.'],
    fr: [
      'Après-vente',
      'Le client demande de l’aide, une réparation, un échange ou un remboursement.',
    ],
  },
  {
    en: ['Loyalty', 'The customer buys again and joins the loyalty programme.'],
    fr: ['Fidélisation', 'Le client rachète et adhère au programme de fidélité.'],
  },
  {
    en: ['Recommendation', 'The customer recommends the brand to others.'],
    fr: ['Recommandation', 'Le client recommande la marque à son entourage.'],
  },
];

const PHASES: readonly Bilingual[] = [
  {
    en: ['Suspect', 'Could become a customer but has not shown any interest yet.'],
    fr: ['Suspect', "Pourrait devenir client mais n'a encore montré aucun intérêt."],
  },
  {
    en: ['Prospect', 'Has shown interest but has not bought yet.'],
    fr: ['Prospect', "A montré de l'intérêt mais n'a pas encore acheté."],
  },
  {
    en: ['Client', 'Has bought at least once.'],
    fr: ['Client', 'A acheté au moins une fois.'],
  },
  {
    en: ['Loyal', 'Buys again regularly.'],
    fr: ['Fidèle', 'Rachète régulièrement.'],
  },
  {
    en: ['Ambassador', 'Recommends the brand and brings in new customers.'],
    fr: ['Ambassadeur', 'Recommande la marque et amène de nouveaux clients.'],
  },
  {
    en: ['Lapsed', 'Has stopped buying or left during the journey.'],
    fr: ['Abandonniste', "A cessé d'acheter ou a quitté le parcours en route."],
  },
];

type DefaultChannel = {
  readonly kind: ChannelKind;
  readonly en: readonly [string, readonly string[]];
  readonly fr: readonly [string, readonly string[]];
};

const CHANNELS: readonly DefaultChannel[] = [
  {
    kind: 'digital',
    en: ['Web', ['Website', 'Search ads', 'Display ads']],
    fr: ['Web', ['Site internet', 'Publicité sur moteur de recherche', 'Bannières']],
  },
  {
    kind: 'digital',
    en: ['Mobile app', ['Push notification', 'In-app message']],
    fr: ['Application mobile', ['Notification push', 'Message dans l’application']],
  },
  {
    kind: 'physical',
    en: ['Store', ['Shop window', 'Point-of-sale display', 'Sales advice']],
    fr: ['Magasin', ['Vitrine', 'PLV', 'Conseil vendeur']],
  },
  {
    kind: 'digital',
    en: ['Email', ['Newsletter', 'Transactional email']],
    fr: ['E-mail', ['Newsletter', 'E-mail transactionnel']],
  },
  {
    kind: 'digital',
    en: ['SMS', ['Promotional SMS', 'Notification SMS']],
    fr: ['SMS', ['SMS promotionnel', 'SMS de notification']],
  },
  {
    kind: 'digital',
    en: ['Social networks', ['Post', 'Sponsored ad', 'Influencer']],
    fr: ['Réseaux sociaux', ['Publication', 'Publicité sponsorisée', 'Influenceur']],
  },
  {
    kind: 'physical',
    en: ['Phone / call centre', ['Inbound call', 'Outbound call']],
    fr: ["Téléphone / centre d'appels", ['Appel entrant', 'Appel sortant']],
  },
  {
    kind: 'physical',
    en: ['Mail', ['Catalogue', 'Flyer', 'Letter']],
    fr: ['Courrier', ['Catalogue', 'Prospectus', 'Lettre']],
  },
  {
    kind: 'physical',
    en: ['Partner', ['Reseller', 'Co-branded offer']],
    fr: ['Partenaire', ['Revendeur', 'Offre co-marquée']],
  },
];

/**
 * The model of a new workspace: currency EUR, the default stage template,
 * lifecycle phases and channels in the workspace language; no personas,
 * objectives or journeys (those are the workshop's work).
 */
export function defaultModel(lang: ModelLanguage, newId: () => string): WorkspaceModel {
  const named = (entry: Bilingual) => {
    const [name, description] = entry[lang];
    return { id: newId(), name, description };
  };
  return {
    currency: 'EUR',
    personas: [],
    phases: PHASES.map(named),
    stages: STAGES.map(named),
    channels: CHANNELS.map((channel) => {
      const [name, media] = channel[lang];
      return { id: newId(), name, kind: channel.kind, media: [...media] };
    }),
    objectives: [],
    journeys: [],
  };
}

/** `T` where only the fields `K` are required. */
type WithRequired<T, K extends keyof T> = Pick<T, K> & Partial<Omit<T, K>>;

/**
 * A touchpoint with every unspecified qualification field at its default
 * (unknown = null, performance neutral). Arrays and objects are copied, not shared.
 */
export function newTouchpoint(
  item: WithRequired<Touchpoint, 'id' | 'stageId' | 'channelId' | 'name'>,
): Touchpoint {
  return {
    id: item.id,
    stageId: item.stageId,
    channelId: item.channelId,
    name: item.name,
    description: item.description ?? '',
    media: item.media ?? null,
    owner: item.owner ?? null,
    cost: item.cost ? { ...item.cost } : null,
    audience: item.audience ?? null,
    performance: item.performance ?? 'neutral',
    importance: item.importance ?? null,
    investment: item.investment ?? null,
    setupHours: item.setupHours ?? null,
    processingHours: item.processingHours ?? null,
    impact: item.impact ?? null,
    objectiveIds: [...(item.objectiveIds ?? [])],
    lifecyclePhaseId: item.lifecyclePhaseId ?? null,
    emotion: item.emotion ?? null,
    momentOfTruth: item.momentOfTruth ?? false,
    rupture: item.rupture ?? false,
    notes: item.notes ?? '',
    derivedFromId: item.derivedFromId ?? null,
  };
}

/** A transition, possible and unlabelled unless told otherwise. */
export function newTransition(
  item: WithRequired<Transition, 'id' | 'fromId' | 'toId'>,
): Transition {
  return {
    id: item.id,
    fromId: item.fromId,
    toId: item.toId,
    possible: item.possible ?? true,
    label: item.label ?? '',
  };
}
