import type { Journey, WorkspaceModel } from '../../../model/schema.ts';

/** A touchpoint's name with its channel: names repeat across channels ("Order confirmation"). */
export function touchpointLabel(model: WorkspaceModel, journey: Journey, id: string): string {
  const touchpoint = journey.touchpoints.find((item) => item.id === id);
  if (touchpoint === undefined) return id;
  const channel = model.channels.find((item) => item.id === touchpoint.channelId);
  return channel === undefined ? touchpoint.name : `${touchpoint.name} (${channel.name})`;
}

/** A select that picks one touchpoint of the journey, grouped by stage, then resets. */
export function TouchpointChooser({
  model,
  journey,
  placeholder,
  excluded,
  onChoose,
  testId,
  label,
}: {
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly placeholder: string;
  /** Touchpoints already chosen, left out. */
  readonly excluded: readonly string[];
  readonly onChoose: (touchpointId: string) => void;
  readonly testId?: string;
  /** Accessible name when no visible label points at the select. */
  readonly label?: string;
}) {
  return (
    <select
      className="touchpoint-chooser"
      value=""
      aria-label={label ?? placeholder}
      data-testid={testId}
      onChange={(event) => {
        if (event.target.value !== '') onChoose(event.target.value);
      }}
    >
      <option value="">{placeholder}</option>
      {model.stages.map((stage) => {
        const touchpoints = journey.touchpoints.filter(
          (touchpoint) => touchpoint.stageId === stage.id && !excluded.includes(touchpoint.id),
        );
        if (touchpoints.length === 0) return null;
        return (
          <optgroup key={stage.id} label={stage.name}>
            {touchpoints.map((touchpoint) => (
              <option key={touchpoint.id} value={touchpoint.id}>
                {touchpointLabel(model, journey, touchpoint.id)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
