import { useId } from 'react';
import type { JourneyState } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { canCompare, journeyOffer } from './journeys.ts';
import { useMap } from './MapContext.tsx';
import { MeasuredControls } from './MeasuredControls.tsx';
import type { MapView } from './useMapView.ts';
import type { MeasuredLayer } from './useMeasuredLayer.ts';

interface MapToolbarProps {
  readonly view: MapView;
  readonly pending: boolean;
  readonly onCreate: () => void;
  readonly onDerive: (fromId: string) => void;
  /** The measured layer's switch; the compare view has none. */
  readonly measured?: MeasuredLayer;
}

const STATES: readonly JourneyState[] = ['current', 'target'];

/** Persona, current/target, first journey or derived target, compare, export. */
export function MapToolbar({ view, pending, onCreate, onDerive, measured }: MapToolbarProps) {
  const { t } = useI18n();
  const { model, canEdit, workspaceId } = useMap();
  const personaId = useId();
  const offer = journeyOffer(view.journeys);
  const comparable = canCompare(view.journeys);
  return (
    <div className="map-toolbar">
      <div className="map-persona">
        <span
          className="persona-dot"
          style={{ background: view.persona?.color ?? 'transparent' }}
          aria-hidden="true"
        />
        <label htmlFor={personaId}>{t('map.persona')}</label>
        <select
          id={personaId}
          data-testid="persona-switcher"
          value={view.persona?.id ?? ''}
          onChange={(event) => view.choosePersona(event.target.value)}
        >
          {model.personas.map((persona) => (
            <option key={persona.id} value={persona.id}>
              {persona.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="segmented" data-testid="journey-state-toggle">
        <legend className="visually-hidden">{t('map.state')}</legend>
        {STATES.map((state) => (
          <button
            key={state}
            type="button"
            data-state={state}
            aria-pressed={!view.comparing && view.state === state}
            onClick={() => {
              view.setCompare(false);
              view.chooseState(state);
            }}
          >
            {t(`map.state.${state}`)}
          </button>
        ))}
      </fieldset>
      {canEdit && offer.kind === 'create' && (
        <button
          type="button"
          className="button button-primary"
          data-testid="create-journey"
          disabled={pending}
          onClick={onCreate}
        >
          {t('map.createJourney')}
        </button>
      )}
      {canEdit && offer.kind === 'derive' && (
        <button
          type="button"
          className="button button-primary"
          data-testid="derive-target"
          disabled={pending}
          onClick={() => onDerive(offer.fromId)}
        >
          {t('map.deriveTarget')}
        </button>
      )}
      <button
        type="button"
        className="button"
        data-testid="compare-toggle"
        aria-pressed={view.comparing}
        disabled={!comparable}
        title={comparable ? undefined : t('map.compare.unavailable')}
        onClick={() => view.setCompare(!view.comparing)}
      >
        {t('map.compare')}
      </button>
      {measured !== undefined && view.journey !== undefined && !view.comparing && (
        <MeasuredControls layer={measured} />
      )}
      {view.journey !== undefined && !view.comparing && (
        <ExportMenu workspaceId={workspaceId} journey={view.journey} />
      )}
    </div>
  );
}
