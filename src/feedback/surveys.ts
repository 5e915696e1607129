/**
 * Rules of survey definitions: defaults, consistency with the journey model, activity, and
 * where in the journey an answer to a survey belongs. Pure.
 */
import type { WorkspaceModel } from '../model/schema.ts';
import type { FieldError } from '../shared/result.ts';
import {
  DEFAULT_TARGETING,
  type Survey,
  type SurveyInput,
  type SurveyTarget,
} from './survey-schema.ts';
import { STANDARD_FOLLOW_UP, standardQuestion } from './wording.ts';

export interface SurveyStamp {
  readonly id: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The input with every omitted field given its default (`brand` names the company in questions). */
export function completeSurvey(input: SurveyInput, brand: string, stamp: SurveyStamp): Survey {
  return {
    ...stamp,
    name: input.name.trim(),
    kind: input.kind,
    target: input.target,
    question: input.question ?? standardQuestion(input.kind, brand),
    followUp: input.followUp === undefined ? STANDARD_FOLLOW_UP : input.followUp,
    customQuestions: input.customQuestions ?? [],
    targeting: input.targeting ?? DEFAULT_TARGETING,
    triggerEvent: input.triggerEvent ?? null,
    activeFrom: input.activeFrom ?? null,
    activeUntil: input.activeUntil ?? null,
    active: input.active ?? true,
  };
}

/** Where an answer sits in the journey model. */
export interface Placement {
  /** Null for a stage survey. */
  readonly touchpointId: string | null;
  readonly stageId: string;
  readonly channelId: string | null;
  /** The channel as events carry it: its name, lower-cased (as the simulator and mapping do). */
  readonly channel: string | null;
  readonly lifecyclePhaseId: string | null;
}

/** The placement of a target in the model; undefined when the model no longer has it. */
export function placementOf(model: WorkspaceModel, target: SurveyTarget): Placement | undefined {
  if (target.type === 'stage') {
    if (!model.stages.some((stage) => stage.id === target.stageId)) return undefined;
    return {
      touchpointId: null,
      stageId: target.stageId,
      channelId: null,
      channel: null,
      lifecyclePhaseId: null,
    };
  }
  for (const journey of model.journeys) {
    const touchpoint = journey.touchpoints.find((t) => t.id === target.touchpointId);
    if (touchpoint === undefined) continue;
    const channel = model.channels.find((c) => c.id === touchpoint.channelId);
    return {
      touchpointId: touchpoint.id,
      stageId: touchpoint.stageId,
      channelId: touchpoint.channelId,
      channel: channel === undefined ? null : channel.name.toLowerCase(),
      lifecyclePhaseId: touchpoint.lifecyclePhaseId,
    };
  }
  return undefined;
}

/** What is wrong with a survey given the workspace's model; empty when it is consistent. */
export function surveyProblems(survey: Survey, model: WorkspaceModel): FieldError[] {
  const problems: FieldError[] = [];
  if (placementOf(model, survey.target) === undefined) {
    const field = survey.target.type === 'stage' ? '/target/stageId' : '/target/touchpointId';
    problems.push({ field, message: `no ${survey.target.type} with this id in the journey model` });
  }
  survey.targeting.personaIds.forEach((id, index) => {
    if (!model.personas.some((persona) => persona.id === id)) {
      problems.push({
        field: `/targeting/personaIds/${index}`,
        message: 'no persona with this id',
      });
    }
  });
  const ids = survey.customQuestions.map((question) => question.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      problems.push({ field: `/customQuestions/${index}/id`, message: `"${id}" is used twice` });
    }
  });
  if (
    survey.activeFrom !== null &&
    survey.activeUntil !== null &&
    Date.parse(survey.activeFrom) >= Date.parse(survey.activeUntil)
  ) {
    problems.push({ field: '/activeUntil', message: 'must be after activeFrom' });
  }
  return problems;
}

/** Whether the survey accepts answers at `at`: not paused and within its active dates. */
export function isActiveAt(survey: Survey, at: Date): boolean {
  if (!survey.active) return false;
  const time = at.getTime();
  if (survey.activeFrom !== null && time < Date.parse(survey.activeFrom)) return false;
  if (survey.activeUntil !== null && time >= Date.parse(survey.activeUntil)) return false;
  return true;
}

/** The names of the personas a survey targets (the `persona` trait holds a persona's name). */
export const targetedPersonaNames = (survey: Survey, model: WorkspaceModel): string[] =>
  model.personas.filter((p) => survey.targeting.personaIds.includes(p.id)).map((p) => p.name);
