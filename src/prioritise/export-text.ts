/**
 * Words of the XLSX exports in English and French, and the sentence that says why an action
 * was left out of a plan (the web app has its own dictionary; files are made on the server).
 */
import type { Reason } from './budget-reasons.ts';

export type ExportLang = 'en' | 'fr';

const WORDS = {
  en: {
    touchpoints: 'Touchpoints',
    actions: 'Actions',
    weights: 'Weights',
    summary: 'Summary',
    channels: 'Channels',
    sensitivity: 'Sensitivity',
    journey: 'Journey',
    stage: 'Stage',
    channel: 'Channel',
    touchpoint: 'Touchpoint',
    action: 'Action',
    status: 'Status',
    importance: 'Importance (1–5)',
    performance: 'Performance',
    impact: 'Business impact (1–5)',
    investment: 'Investment (1–5)',
    monthlyCost: 'Cost per month',
    hours: 'Hours (set-up + processing)',
    score: 'Score (0–100)',
    impactAxis: 'Impact (0–1)',
    feasibilityAxis: 'Feasibility (0–1)',
    quadrant: 'Impact × feasibility',
    ipa: 'Importance × performance',
    valueEffort: 'Value × effort (weighted)',
    contribution: 'Points from',
    criterion: 'Criterion',
    weightSet: 'Weight as set',
    weightShare: 'Share of the score',
    costType: 'Cost-type (inverted)',
    yes: 'yes',
    no: 'no',
    horizon: 'Horizon',
    horizonWeight: 'Horizon weight',
    source: 'Source',
    costPeriod: 'Cost over the period',
    weightedReturn: 'Weighted return',
    effort: 'Effort (person-months)',
    weeks: 'Weeks to deliver',
    rice: 'RICE',
    returnShort: 'Return, short term',
    returnMedium: 'Return, medium term',
    returnLong: 'Return, long term',
    decision: 'Decision',
    share: 'Funded share',
    spend: 'Spend',
    reason: 'Why',
    forcedLoss: 'Return lost if forced in',
    budget: 'Budget',
    spent: 'Spent',
    plan: 'Plan',
    conflict: 'Why no plan exists',
    media: 'Media spend',
    actionSpend: 'Actions',
    total: 'Total',
    min: 'Minimum',
    max: 'Maximum',
    perUnit: 'Return per unit',
    change: 'Budget change',
    short: 'short',
    medium: 'medium',
    long: 'long',
  },
  fr: {
    touchpoints: 'Points de contact',
    actions: 'Actions',
    weights: 'Pondérations',
    summary: 'Synthèse',
    channels: 'Canaux',
    sensitivity: 'Sensibilité',
    journey: 'Parcours',
    stage: 'Étape',
    channel: 'Canal',
    touchpoint: 'Point de contact',
    action: 'Action',
    status: 'Statut',
    importance: 'Importance (1–5)',
    performance: 'Performance',
    impact: 'Impact business (1–5)',
    investment: 'Investissement (1–5)',
    monthlyCost: 'Coût mensuel',
    hours: 'Heures (mise en place + traitement)',
    score: 'Score (0–100)',
    impactAxis: 'Impact (0–1)',
    feasibilityAxis: 'Faisabilité (0–1)',
    quadrant: 'Impact × faisabilité',
    ipa: 'Importance × performance',
    valueEffort: 'Valeur × effort (pondérée)',
    contribution: 'Points de',
    criterion: 'Critère',
    weightSet: 'Poids saisi',
    weightShare: 'Part du score',
    costType: 'Critère de coût (inversé)',
    yes: 'oui',
    no: 'non',
    horizon: 'Horizon',
    horizonWeight: 'Poids de l’horizon',
    source: 'Origine',
    costPeriod: 'Coût sur la période',
    weightedReturn: 'Retour pondéré',
    effort: 'Effort (mois-personne)',
    weeks: 'Semaines de mise en œuvre',
    rice: 'RICE',
    returnShort: 'Retour court terme',
    returnMedium: 'Retour moyen terme',
    returnLong: 'Retour long terme',
    decision: 'Décision',
    share: 'Part financée',
    spend: 'Dépense',
    reason: 'Pourquoi',
    forcedLoss: 'Retour perdu si imposée',
    budget: 'Budget',
    spent: 'Dépensé',
    plan: 'Plan',
    conflict: 'Pourquoi aucun plan n’existe',
    media: 'Achat média',
    actionSpend: 'Actions',
    total: 'Total',
    min: 'Minimum',
    max: 'Maximum',
    perUnit: 'Retour par unité',
    change: 'Variation du budget',
    short: 'court',
    medium: 'moyen',
    long: 'long',
  },
} as const;

export type ExportWord = keyof (typeof WORDS)['en'];

export const word = (lang: ExportLang, key: ExportWord): string => WORDS[lang][key];

const LABELS: Record<ExportLang, Record<string, string>> = {
  en: {
    'quick-win': 'Quick win',
    'major-project': 'Major project',
    'fill-in': 'Fill-in',
    thankless: 'Thankless task',
    concentrate: 'Concentrate here',
    'keep-up': 'Keep up the good work',
    'low-priority': 'Low priority',
    overkill: 'Possible overkill',
    chosen: 'Chosen',
    partial: 'Partly funded',
    'left-out': 'Left out',
    committed: 'Committed (in progress)',
    enchantment: 'Enchantment',
    neutral: 'Neutral',
    irritant: 'Irritant',
    missing: 'Missing',
    idea: 'Idea',
    planned: 'Planned',
    'in-progress': 'In progress',
    done: 'Done',
    optimal: 'Optimal',
    'time-limit': 'Best found in the time limit',
    infeasible: 'No plan possible',
  },
  fr: {
    'quick-win': 'Gain rapide',
    'major-project': 'Projet majeur',
    'fill-in': 'Bouche-trou',
    thankless: 'Tâche ingrate',
    concentrate: 'Concentrer les efforts',
    'keep-up': 'Maintenir',
    'low-priority': 'Priorité basse',
    overkill: 'Effort superflu',
    chosen: 'Retenue',
    partial: 'Financée en partie',
    'left-out': 'Écartée',
    committed: 'Engagée (en cours)',
    enchantment: 'Enchantement',
    neutral: 'Neutre',
    irritant: 'Irritant',
    missing: 'Inexistant',
    idea: 'Idée',
    planned: 'Planifiée',
    'in-progress': 'En cours',
    done: 'Terminée',
    optimal: 'Optimal',
    'time-limit': 'Meilleur trouvé dans le temps imparti',
    infeasible: 'Aucun plan possible',
  },
};

/** The label of a quadrant, decision, performance or status value. */
export const label = (lang: ExportLang, value: string): string => LABELS[lang][value] ?? value;

export function reasonText(
  reason: Reason,
  lang: ExportLang,
  name: (id: string) => string,
  money: (cents: number) => string,
): string {
  const fr = lang === 'fr';
  switch (reason.kind) {
    case 'dependency':
      return fr
        ? `Dépend de « ${name(reason.requiredActionId ?? '')} », qui n’est pas dans le plan`
        : `Requires "${name(reason.requiredActionId ?? '')}", which is not in the plan`;
    case 'no-return':
      return fr ? 'Aucun retour attendu' : 'No expected return';
    case 'bound':
      return fr
        ? `Le canal ${name(reason.channelId ?? '')} est à son maximum : il reste ${money(reason.roomCents ?? 0)}, il faut ${money(reason.neededCents)}`
        : `Channel ${name(reason.channelId ?? '')} is at its maximum: ${money(reason.roomCents ?? 0)} left, ${money(reason.neededCents)} needed`;
    case 'budget':
      return fr
        ? `Budget : il faut ${money(reason.neededCents)}, il reste ${money(reason.leftCents)} ; l’argent rapporte plus ailleurs`
        : `Budget: needs ${money(reason.neededCents)}, ${money(reason.leftCents)} left; the money returns more elsewhere`;
    case 'tie':
      return fr
        ? 'Ex æquo : un plan aussi bon l’inclut'
        : 'A tie: an equally good plan includes it';
  }
}
