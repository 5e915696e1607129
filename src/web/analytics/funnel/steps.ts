/** Edits of a funnel's step list, as pure functions (the editor only wires them to buttons). */
import type { StepState } from '../query-state.ts';

export const MAX_STEPS = 20;

/** The list with the step at `index` moved by `offset` (−1 up, +1 down), unchanged at the ends. */
export function moveStep(steps: readonly StepState[], index: number, offset: number): StepState[] {
  const target = index + offset;
  const moved = steps[index];
  if (moved === undefined || target < 0 || target >= steps.length) return [...steps];
  const rest = steps.filter((_step, position) => position !== index);
  return [...rest.slice(0, target), moved, ...rest.slice(target)];
}

/** The list without step `index`; the last step stays (a funnel needs one). */
export const removeStep = (steps: readonly StepState[], index: number): StepState[] =>
  steps.length <= 1 ? [...steps] : steps.filter((_step, position) => position !== index);

export const addStep = (steps: readonly StepState[], step: StepState): StepState[] =>
  steps.length >= MAX_STEPS ? [...steps] : [...steps, step];

/** A touchpoint step widened with one more touchpoint ("any of these"). */
export function addTouchpointTo(
  steps: readonly StepState[],
  index: number,
  touchpointId: string,
): StepState[] {
  return steps.map((step, position) =>
    position === index && step.kind === 'touchpoints' && !step.touchpointIds.includes(touchpointId)
      ? { kind: 'touchpoints', touchpointIds: [...step.touchpointIds, touchpointId] }
      : step,
  );
}

/** A touchpoint step narrowed; a step left without touchpoints goes. */
export function removeTouchpointFrom(
  steps: readonly StepState[],
  index: number,
  touchpointId: string,
): StepState[] {
  const narrowed = steps.map((step, position) =>
    position === index && step.kind === 'touchpoints'
      ? {
          kind: 'touchpoints' as const,
          touchpointIds: step.touchpointIds.filter((id) => id !== touchpointId),
        }
      : step,
  );
  const emptied = narrowed.findIndex(
    (step) => step.kind === 'touchpoints' && step.touchpointIds.length === 0,
  );
  if (emptied < 0) return narrowed;
  return steps.length <= 1 ? [...steps] : removeStep(narrowed, emptied);
}
