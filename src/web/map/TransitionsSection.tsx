import { useEffect, useId, useRef, useState } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import type { Journey, Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { inMapOrder, placement } from './cells.ts';
import { useMap } from './MapContext.tsx';
import { linkTouchpoints } from './map-ops.ts';
import { useSavedValue } from './useSavedValue.ts';

interface TransitionsSectionProps {
  readonly journey: Journey;
  readonly touchpoint: Touchpoint;
  readonly linking: boolean;
  readonly onStartLinking: () => void;
  readonly onCancelLinking: () => void;
}

/** Where customers go next from this touchpoint, possible or not, and new links. */
export function TransitionsSection(props: TransitionsSectionProps) {
  const { journey, touchpoint, linking, onStartLinking, onCancelLinking } = props;
  const { t } = useI18n();
  const { model, canEdit, apply } = useMap();
  const action = useAction();
  const headingId = useId();
  const byId = new Map(journey.touchpoints.map((item) => [item.id, item]));
  const outgoing = journey.transitions.filter((item) => item.fromId === touchpoint.id);
  const incoming = journey.transitions
    .filter((item) => item.toId === touchpoint.id)
    .flatMap((item) => byId.get(item.fromId)?.name ?? []);
  // A pair is linked once: touchpoints already linked to are not offered again.
  const candidates = inMapOrder(
    model,
    journey.touchpoints.filter(
      (item) => item.id !== touchpoint.id && !outgoing.some((link) => link.toId === item.id),
    ),
  );
  const send = (op: ModelOp) => action.run(() => apply([op]));

  return (
    <section className="tp-section tp-transitions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('map.transitions.title')}</h3>
      {outgoing.length === 0 ? (
        <p className="muted">{t('map.transitions.none')}</p>
      ) : (
        <ul className="transition-list">
          {outgoing.map((transition) => {
            const next = byId.get(transition.toId);
            const name = next?.name ?? transition.toId;
            return (
              <li
                key={transition.id}
                data-testid="transition-item"
                data-transition-id={transition.id}
                className={transition.possible ? undefined : 'is-impossible'}
              >
                <span className="transition-target">
                  <span aria-hidden="true">→ </span>
                  {name}
                  {next && <span className="muted"> · {placement(model, next)}</span>}
                </span>
                <PossibleToggle
                  possible={transition.possible}
                  name={name}
                  onSave={(possible) =>
                    send({
                      op: 'transition.update',
                      journeyId: journey.id,
                      id: transition.id,
                      changes: { possible },
                    })
                  }
                />
                {canEdit && (
                  <button
                    type="button"
                    className="button button-quiet button-danger-quiet"
                    data-testid="delete-transition"
                    aria-label={t('map.transitions.removeOf', { name })}
                    onClick={() =>
                      void send({
                        op: 'transition.remove',
                        journeyId: journey.id,
                        id: transition.id,
                      })
                    }
                  >
                    {t('map.transitions.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {incoming.length > 0 && (
        <p className="muted">{t('map.transitions.from', { names: incoming.join(', ') })}</p>
      )}
      {canEdit &&
        (linking ? (
          <LinkPicker
            candidates={candidates}
            onCancel={onCancelLinking}
            onLink={async (toId) => {
              const outcome = await send(linkTouchpoints(journey.id, touchpoint.id, toId));
              if (outcome.ok) onCancelLinking();
            }}
          />
        ) : (
          <button
            type="button"
            className="button"
            data-testid="link-touchpoint"
            disabled={candidates.length === 0}
            title={candidates.length === 0 ? t('map.transitions.noTarget') : undefined}
            onClick={onStartLinking}
          >
            {t('map.transitions.link')}
          </button>
        ))}
      <ProblemAlert problem={action.problem} />
    </section>
  );
}

interface LinkPickerProps {
  readonly candidates: readonly Touchpoint[];
  readonly onLink: (toId: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** The keyboard way to link: the next touchpoint chosen in a list, in map order. */
function LinkPicker({ candidates, onLink, onCancel }: LinkPickerProps) {
  const { t } = useI18n();
  const { model } = useMap();
  const selectId = useId();
  const hintId = useId();
  const [toId, setToId] = useState(candidates[0]?.id ?? '');
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  const chosen = candidates.some((item) => item.id === toId) ? toId : (candidates[0]?.id ?? '');
  return (
    <div className="link-picker">
      <label htmlFor={selectId}>{t('map.transitions.pick')}</label>
      <p id={hintId} className="field-hint">
        {t('map.transitions.pickHint')}
      </p>
      <div className="link-picker-row">
        <select
          id={selectId}
          ref={selectRef}
          aria-describedby={hintId}
          value={chosen}
          data-testid="link-target-select"
          onChange={(event) => setToId(event.target.value)}
        >
          {candidates.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name} · {placement(model, item)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-primary"
          data-testid="link-confirm"
          disabled={chosen === ''}
          onClick={() => void onLink(chosen)}
        >
          {t('map.transitions.confirm')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="link-cancel"
          onClick={onCancel}
        >
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

interface PossibleToggleProps {
  readonly possible: boolean;
  /** Name of the next touchpoint, for screen readers. */
  readonly name: string;
  readonly onSave: (possible: boolean) => Promise<unknown>;
}

/** Whether customers can make this move; unticked, the arrow turns into a dashed red one. */
function PossibleToggle({ possible, name, onSave }: PossibleToggleProps) {
  const { t } = useI18n();
  const { canEdit } = useMap();
  const [shown, change] = useSavedValue(possible, onSave);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={shown}
        disabled={!canEdit}
        data-testid="transition-possible"
        aria-label={t('map.transitions.possibleOf', { name })}
        onChange={(event) => change(event.target.checked)}
      />
      {t('map.transitions.possible')}
    </label>
  );
}
