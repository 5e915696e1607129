import { useEffect, useId, useRef } from 'react';
import type { Journey, Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { placement } from './cells.ts';
import { useMap } from './MapContext.tsx';
import { placedOpErrors } from './op-errors.ts';
import { PanelFields } from './PanelFields.tsx';
import { TransitionsSection } from './TransitionsSection.tsx';
import { useTouchpointSaver } from './useTouchpointSaver.ts';

interface TouchpointPanelProps {
  readonly journey: Journey;
  readonly touchpoint: Touchpoint;
  readonly linking: boolean;
  readonly onStartLinking: () => void;
  readonly onCancelLinking: () => void;
  readonly onClose: () => void;
}

/** Fields whose refusals the panel shows next to the field, not in its alert. */
const PLACED = [
  'name',
  'description',
  'performance',
  'emotion',
  'importance',
  'momentOfTruth',
  'rupture',
  'stageId',
  'channelId',
  'media',
  'owner',
  'lifecyclePhaseId',
  'cost',
  'audience',
  'investment',
  'impact',
  'setupHours',
  'processingHours',
  'objectiveIds',
  'notes',
];

/** The selected touchpoint, every attribute editable; each change is saved as it is made. */
export function TouchpointPanel(props: TouchpointPanelProps) {
  const { journey, touchpoint, onClose } = props;
  const { t } = useI18n();
  const { model, canEdit, apply } = useMap();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const saver = useTouchpointSaver(journey.id, touchpoint.id);

  // A newly opened touchpoint takes the focus, so that keyboard users land in its panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the id is the trigger.
  useEffect(() => headingRef.current?.focus(), [touchpoint.id]);

  return (
    <aside className="tp-panel" data-testid="touchpoint-panel" aria-labelledby={headingId}>
      <header className="tp-panel-head">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {touchpoint.name}
          </h2>
          <p className="muted">{placement(model, touchpoint)}</p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('map.panel.close')}
          title={t('map.panel.close')}
          data-testid="close-panel"
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <p className="tp-status" role="status" data-testid="panel-status">
        {saver.pending ? t('common.saving') : saver.saved ? t('common.saved') : ''}
      </p>
      <ProblemAlert problem={saver.problem} placed={placedOpErrors(saver.problem, PLACED)} />
      <fieldset className="tp-fields" disabled={!canEdit}>
        <PanelFields key={touchpoint.id} journey={journey} touchpoint={touchpoint} saver={saver} />
      </fieldset>
      <TransitionsSection {...props} />
      {canEdit && (
        <div className="tp-delete">
          <ConfirmAction
            label={t('map.touchpoint.delete')}
            question={t('map.touchpoint.deleteQuestion', { name: touchpoint.name })}
            confirmLabel={t('map.touchpoint.deleteConfirm')}
            testId="delete-touchpoint"
            confirmTestId="confirm-delete-touchpoint"
            onConfirm={async () => {
              await apply([{ op: 'touchpoint.remove', journeyId: journey.id, id: touchpoint.id }]);
            }}
          />
        </div>
      )}
    </aside>
  );
}
