/**
 * Survey definitions for the demo workspace (the e-commerce template), matching where the
 * journey simulator asks (the stages after the purchase named evaluation and after-sales):
 * NPS at the evaluation touchpoints, CSAT at the after-sales touchpoints with a person behind
 * them, CES at the self-service (web) ones, shown by the widget when their page is viewed.
 * Picked by stage and channel, not by name, so the French template gets them too.
 */
import type { AccessContext } from '../access/context.ts';
import type { Journey, WorkspaceModel } from '../model/schema.ts';
import { readModel } from '../model/service.ts';
import { newId } from '../shared/ids.ts';
import { insertSurvey, listSurveys } from './repository.ts';
import type { SurveyKind } from './scales.ts';
import type { Survey, SurveyInput } from './survey-schema.ts';
import { completeSurvey } from './surveys.ts';

const EVALUATION = /evaluat|évaluat/i;
const AFTER_SALES = /after|après|sav\b|support/i;
const WEB = /web|site|online|en ligne|app/i;

/** The event the simulator names a visit by (`Product page` → `Product Page Viewed`). */
const viewedEvent = (name: string): string =>
  `${name
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (word[0] ?? '').toUpperCase() + word.slice(1))
    .join(' ')} Viewed`;

function demoInputs(model: WorkspaceModel, journey: Journey): SurveyInput[] {
  const stageOf = new Map(model.stages.map((stage) => [stage.id, stage.name]));
  const channelOf = new Map(model.channels.map((channel) => [channel.id, channel.name]));
  const targeting = { samplingPercent: 100, cooldownDays: 30, maxPerPeriod: null, personaIds: [] };
  return journey.touchpoints.flatMap((touchpoint): SurveyInput[] => {
    const stage = stageOf.get(touchpoint.stageId) ?? '';
    const web = WEB.test(channelOf.get(touchpoint.channelId) ?? '');
    const kind: SurveyKind | null = EVALUATION.test(stage)
      ? 'nps'
      : AFTER_SALES.test(stage)
        ? web
          ? 'ces'
          : 'csat'
        : null;
    if (kind === null) return [];
    return [
      {
        name: `${kind.toUpperCase()} — ${touchpoint.name}`,
        kind,
        target: { type: 'touchpoint', touchpointId: touchpoint.id },
        targeting,
        triggerEvent: web ? viewedEvent(touchpoint.name) : null,
      },
    ];
  });
}

/**
 * Creates the demo surveys in a workspace that has none; answers the surveys created (none when
 * the workspace already had surveys). `brand` names the company in the standard questions.
 */
export async function seedDemoSurveys(
  ctx: AccessContext,
  workspaceId: string,
  brand: string,
): Promise<Survey[]> {
  if ((await listSurveys(ctx.db, workspaceId)).length > 0) return [];
  const { model } = await readModel(ctx, workspaceId);
  const current = model.journeys.filter((journey) => journey.state === 'current');
  const at = ctx.now().toISOString();
  const surveys = current
    .flatMap((journey) => demoInputs(model, journey))
    .map((input) =>
      completeSurvey(input, brand, { id: newId(), version: 1, createdAt: at, updatedAt: at }),
    );
  for (const survey of surveys) await insertSurvey(ctx.db, workspaceId, survey, null);
  return surveys;
}
