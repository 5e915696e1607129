/**
 * The blank table consultants fill in with their clients: the headers and two example rows
 * that show how each column is written. The examples name stages, channels, a phase and an
 * objective of the workspace when it is given (so that the template imports as is), else
 * those of a new workspace in the language of the template.
 */
import { defaultModel, type ModelLanguage, newTouchpoint } from './defaults.ts';
import type { Touchpoint, WorkspaceModel } from './schema.ts';
import { rowsOf } from './touchpoint-table.ts';

const EXAMPLES = {
  en: {
    first: ['Product page visit', 'The visitor reads the product sheet and its reviews.'],
    firstMedia: ['Product sheet', 'E-commerce team'],
    second: ['Payment at the till', 'Queues at the till at peak hours.'],
    secondMedia: ['Checkout', 'Store manager'],
    notes: 'Example row: replace or delete it.',
  },
  fr: {
    first: ['Consultation de la fiche produit', 'Le visiteur lit la fiche produit et les avis.'],
    firstMedia: ['Fiche produit', 'Équipe e-commerce'],
    second: ['Paiement en caisse', "File d'attente en caisse aux heures de pointe."],
    secondMedia: ['Caisse', 'Directeur du magasin'],
    notes: 'Ligne d’exemple : à remplacer ou supprimer.',
  },
} as const;

/** The model the examples refer to: the workspace's, unless it lacks stages or channels. */
function exampleModel(lang: ModelLanguage, model: WorkspaceModel | undefined): WorkspaceModel {
  if (model && model.stages.length > 0 && model.channels.length > 0) return model;
  let count = 0;
  return defaultModel(lang, () => `example-${++count}`);
}

/** The item at `index`, or the last one when the list is shorter. */
const atOrLast = <T>(items: readonly T[], index: number): T | undefined =>
  items[Math.min(index, items.length - 1)];

function exampleTouchpoints(lang: ModelLanguage, model: WorkspaceModel): Touchpoint[] {
  const text = EXAMPLES[lang];
  // With the default stage template: information search, then purchase.
  const long = model.stages.length >= 5;
  const stageOne = atOrLast(model.stages, long ? 1 : 0)?.id ?? '';
  const stageTwo = atOrLast(model.stages, long ? 4 : 1)?.id ?? '';
  const objective = model.objectives[0]?.id;
  const first = newTouchpoint({
    id: '',
    stageId: stageOne,
    channelId: model.channels[0]?.id ?? '',
    name: text.first[0],
    description: text.first[1],
    media: text.firstMedia[0],
    owner: text.firstMedia[1],
    cost: { amountCents: 125050, period: 'monthly' },
    audience: 12000,
    performance: 'enchantment',
    importance: 4,
    investment: 3,
    impact: 4,
    setupHours: 16,
    processingHours: 0.5,
    objectiveIds: objective === undefined ? [] : [objective],
    lifecyclePhaseId: atOrLast(model.phases, 1)?.id ?? null,
    emotion: 2,
    momentOfTruth: true,
    notes: text.notes,
  });
  const second = newTouchpoint({
    id: '',
    stageId: stageTwo,
    channelId: atOrLast(model.channels, 2)?.id ?? '',
    name: text.second[0],
    description: text.second[1],
    media: text.secondMedia[0],
    owner: text.secondMedia[1],
    audience: 3000,
    performance: 'irritant',
    importance: 5,
    investment: 2,
    impact: 5,
    processingHours: 1,
    emotion: -2,
    momentOfTruth: true,
    rupture: true,
    notes: text.notes,
  });
  return [first, second];
}

/** The header row and two example rows, in the language of the template. */
export function templateRows(lang: ModelLanguage, model?: WorkspaceModel): string[][] {
  const source = exampleModel(lang, model);
  return rowsOf(source, exampleTouchpoints(lang, source), lang);
}
