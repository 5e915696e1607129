/**
 * How many answers each survey has. Answers written by Parcours name their survey; answers
 * from elsewhere (the simulator, a tracking call) carry only their kind and place, and are
 * counted for the surveys of that kind at that place. Pure.
 */
import type { AnswerTally } from '../storage/events/feedback-port.ts';
import type { Survey } from './survey-schema.ts';

const placedAt = (survey: Survey, tally: AnswerTally): boolean =>
  survey.target.type === 'touchpoint'
    ? tally.touchpointId === survey.target.touchpointId
    : tally.stageId === survey.target.stageId;

export function answerCounts(
  surveys: readonly Survey[],
  tallies: readonly AnswerTally[],
): Map<string, number> {
  const counts = new Map(surveys.map((survey) => [survey.id, 0]));
  const known = new Set(counts.keys());
  for (const tally of tallies) {
    if (tally.surveyId !== null && known.has(tally.surveyId)) {
      counts.set(tally.surveyId, (counts.get(tally.surveyId) ?? 0) + tally.count);
      continue;
    }
    if (tally.surveyId !== null) continue;
    for (const survey of surveys) {
      if (survey.kind === tally.kind && placedAt(survey, tally)) {
        counts.set(survey.id, (counts.get(survey.id) ?? 0) + tally.count);
      }
    }
  }
  return counts;
}
