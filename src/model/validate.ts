/**
 * The invariants of a workspace model that its schema cannot express: unique
 * ids, references that resolve, and the rules between current and target
 * journeys. `applyOps` and the import gate both run it on every result.
 *
 * It reads only ids, references, states and names, so the gate can run it on
 * a document whose other fields are still wrong and report every problem at once.
 */
import type { Journey, Touchpoint, Transition, WorkspaceModel } from './schema.ts';

export interface ModelProblem {
  /** JSON pointer into the model, e.g. `/journeys/0/touchpoints/3/stageId`. */
  readonly path: string;
  readonly message: string;
}

type Report = (path: string, message: string) => void;
type Named = { readonly id: string; readonly name: string };

export function validateModel(model: WorkspaceModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  checkUniqueIds(model.personas, '/personas', 'persona', report);
  checkUniqueIds(model.phases, '/phases', 'lifecycle phase', report);
  checkUniqueIds(model.stages, '/stages', 'stage', report);
  checkUniqueIds(model.channels, '/channels', 'channel', report);
  checkUniqueIds(model.objectives, '/objectives', 'objective', report);
  checkUniqueIds(model.journeys, '/journeys', 'journey', report);
  checkUniqueTouchpointIds(model, report);
  checkUniqueTransitionIds(model, report);
  checkJourneys(model, report);
  const refs = workspaceRefs(model);
  model.journeys.forEach((journey, j) => {
    checkTouchpoints(model, refs, journey, `/journeys/${j}`, report);
    checkTransitions(journey, `/journeys/${j}`, report);
  });
  return problems;
}

/** `touchpoint "Product page"`, the way messages name things. */
const describe = (label: string, item: Named): string => `${label} "${item.name}"`;

/** `transition "Home" → "Cart"` when both ends resolve in the journey, else its id. */
export function describeTransition(journey: Journey, transition: Transition): string {
  const from = journey.touchpoints.find((touchpoint) => touchpoint.id === transition.fromId);
  const to = journey.touchpoints.find((touchpoint) => touchpoint.id === transition.toId);
  return from && to ? `transition "${from.name}" → "${to.name}"` : `transition ${transition.id}`;
}

function checkUniqueIds(
  items: readonly Named[],
  base: string,
  label: string,
  report: Report,
): void {
  const seen = new Map<string, Named>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first) {
      report(
        `${base}/${index}/id`,
        `${describe(label, item)} has id ${item.id}, already used by ${describe(label, first)}`,
      );
    } else {
      seen.set(item.id, item);
    }
  });
}

function checkUniqueTouchpointIds(model: WorkspaceModel, report: Report): void {
  const seen = new Map<string, { touchpoint: Touchpoint; journey: Journey }>();
  model.journeys.forEach((journey, j) => {
    journey.touchpoints.forEach((touchpoint, t) => {
      const first = seen.get(touchpoint.id);
      if (!first) {
        seen.set(touchpoint.id, { touchpoint, journey });
        return;
      }
      report(
        `/journeys/${j}/touchpoints/${t}/id`,
        `${describe('touchpoint', touchpoint)} has id ${touchpoint.id}, already used by ` +
          `${describe('touchpoint', first.touchpoint)} of ${describe('journey', first.journey)}`,
      );
    });
  });
}

function checkUniqueTransitionIds(model: WorkspaceModel, report: Report): void {
  const seen = new Set<string>();
  model.journeys.forEach((journey, j) => {
    journey.transitions.forEach((transition, t) => {
      if (seen.has(transition.id)) {
        report(
          `/journeys/${j}/transitions/${t}/id`,
          `${describeTransition(journey, transition)} has id ${transition.id}, already used by another transition`,
        );
      }
      seen.add(transition.id);
    });
  });
}

function checkJourneys(model: WorkspaceModel, report: Report): void {
  const personas = new Map(model.personas.map((persona) => [persona.id, persona]));
  const journeys = new Map(model.journeys.map((journey) => [journey.id, journey]));
  const currentByPersona = new Map<string, Journey>();
  model.journeys.forEach((journey, j) => {
    const path = `/journeys/${j}`;
    const name = describe('journey', journey);
    const persona = personas.get(journey.personaId);
    if (!persona)
      report(`${path}/personaId`, `${name} refers to unknown persona ${journey.personaId}`);
    if (journey.state === 'current') {
      const other = currentByPersona.get(journey.personaId);
      if (other) {
        const owner = persona ? describe('persona', persona) : `persona ${journey.personaId}`;
        report(
          `${path}/state`,
          `${owner} has more than one current journey: "${other.name}" and "${journey.name}"`,
        );
      } else {
        currentByPersona.set(journey.personaId, journey);
      }
    }
    const sourceId = journey.derivedFromId;
    if (sourceId === null) return;
    const at = `${path}/derivedFromId`;
    const source = journeys.get(sourceId);
    if (journey.state !== 'target') {
      report(at, `${name} is a current journey: only a target journey derives from another`);
    } else if (!source) {
      report(at, `${name} derives from unknown journey ${sourceId}`);
    } else if (source.state !== 'current') {
      report(at, `${name} derives from "${source.name}", which is not a current journey`);
    } else if (source.personaId !== journey.personaId) {
      report(at, `${name} derives from "${source.name}", a journey of another persona`);
    }
  });
}

/** The touchpoint ids a target journey's touchpoints may derive from (null: none may). */
function derivableIds(model: WorkspaceModel, journey: Journey): Set<string> | null {
  if (journey.state !== 'target' || journey.derivedFromId === null) return null;
  const source = model.journeys.find((other) => other.id === journey.derivedFromId);
  return new Set(source?.touchpoints.map((touchpoint) => touchpoint.id) ?? []);
}

type WorkspaceRefs = Readonly<Record<'stages' | 'channels' | 'objectives' | 'phases', Set<string>>>;

const workspaceRefs = (model: WorkspaceModel): WorkspaceRefs => ({
  stages: new Set(model.stages.map((stage) => stage.id)),
  channels: new Set(model.channels.map((channel) => channel.id)),
  objectives: new Set(model.objectives.map((objective) => objective.id)),
  phases: new Set(model.phases.map((phase) => phase.id)),
});

function checkTouchpoints(
  model: WorkspaceModel,
  { stages, channels, objectives, phases }: WorkspaceRefs,
  journey: Journey,
  journeyPath: string,
  report: Report,
): void {
  const derivable = derivableIds(model, journey);
  journey.touchpoints.forEach((touchpoint, t) => {
    const path = `${journeyPath}/touchpoints/${t}`;
    const name = describe('touchpoint', touchpoint);
    if (!stages.has(touchpoint.stageId)) {
      report(`${path}/stageId`, `${name} refers to unknown stage ${touchpoint.stageId}`);
    }
    if (!channels.has(touchpoint.channelId)) {
      report(`${path}/channelId`, `${name} refers to unknown channel ${touchpoint.channelId}`);
    }
    const listed = new Set<string>();
    touchpoint.objectiveIds.forEach((objectiveId, o) => {
      const at = `${path}/objectiveIds/${o}`;
      if (!objectives.has(objectiveId))
        report(at, `${name} refers to unknown objective ${objectiveId}`);
      else if (listed.has(objectiveId)) report(at, `${name} lists objective ${objectiveId} twice`);
      listed.add(objectiveId);
    });
    const phaseId = touchpoint.lifecyclePhaseId;
    if (phaseId !== null && !phases.has(phaseId)) {
      report(`${path}/lifecyclePhaseId`, `${name} refers to unknown lifecycle phase ${phaseId}`);
    }
    const originId = touchpoint.derivedFromId;
    if (originId === null) return;
    if (derivable === null) {
      report(
        `${path}/derivedFromId`,
        `${name} derives from touchpoint ${originId}, but ${describe('journey', journey)} is not derived from a current journey`,
      );
    } else if (!derivable.has(originId)) {
      report(
        `${path}/derivedFromId`,
        `${name} derives from touchpoint ${originId}, which is not in the current journey it was derived from`,
      );
    }
  });
}

function checkTransitions(journey: Journey, journeyPath: string, report: Report): void {
  const touchpoints = new Set(journey.touchpoints.map((touchpoint) => touchpoint.id));
  const pairs = new Set<string>();
  const journeyName = describe('journey', journey);
  journey.transitions.forEach((transition, t) => {
    const path = `${journeyPath}/transitions/${t}`;
    // Named lazily: naming looks both ends up, and most transitions have nothing to report.
    const name = () => describeTransition(journey, transition);
    const { fromId, toId } = transition;
    if (!touchpoints.has(fromId)) {
      report(
        `${path}/fromId`,
        `${name()} starts at touchpoint ${fromId}, which is not in ${journeyName}`,
      );
    }
    if (!touchpoints.has(toId)) {
      report(
        `${path}/toId`,
        `${name()} ends at touchpoint ${toId}, which is not in ${journeyName}`,
      );
    }
    if (fromId === toId) report(`${path}/toId`, `${name()} goes from a touchpoint to itself`);
    const pair = `${fromId}\u0000${toId}`;
    if (pairs.has(pair)) report(path, `${name()} appears twice in ${journeyName}`);
    pairs.add(pair);
  });
}
