import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import type { Touchpoint } from '../../model/schema.ts';
import type { ModelSnapshot, OpsResult } from '../api/model.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { CompareView } from './CompareView.tsx';
import { NoJourney, NoPersona } from './EmptyStates.tsx';
import { JourneyGrid } from './JourneyGrid.tsx';
import { Legend } from './Legend.tsx';
import { type MapContextValue, MapProvider } from './MapContext.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { MeasuredProvider } from './MeasuredContext.tsx';
import { MeasuredLegend } from './MeasuredLegend.tsx';
import { createJourney, deriveTarget, linkTouchpoints } from './map-ops.ts';
import { TouchpointPanel } from './TouchpointPanel.tsx';
import { useMapView } from './useMapView.ts';
import { useMeasuredLayer } from './useMeasuredLayer.ts';

interface MapEditorProps {
  readonly workspaceId: string;
  readonly snapshot: ModelSnapshot;
  readonly canEdit: boolean;
  readonly apply: (ops: readonly ModelOp[]) => Promise<OpsResult>;
}

/** The loaded map: toolbar, grid or comparison, and the panel of the selected touchpoint. */
export function MapEditor({ workspaceId, snapshot, canEdit, apply }: MapEditorProps) {
  const { t } = useI18n();
  const { model, version } = snapshot;
  const view = useMapView(workspaceId, model);
  const measured = useMeasuredLayer(workspaceId, view.journey?.id);
  const page = useAction();
  const gridRef = useRef<HTMLDivElement>(null);
  const { run: runAction } = page;

  const run = useCallback(
    async (ops: readonly ModelOp[]) => {
      const outcome = await runAction(() => apply(ops));
      return outcome.ok ? outcome.value : null;
    },
    [runAction, apply],
  );
  const context = useMemo<MapContextValue>(
    () => ({ workspaceId, model, canEdit, apply, run }),
    [workspaceId, model, canEdit, apply, run],
  );

  const { selected, linkingFrom, select, cancelLinking } = view;
  /** Closes the panel and gives the focus back to the card it was opened from. */
  const closePanel = useCallback(() => {
    if (selected === undefined) return;
    // A field being edited saves on blur: let it blur before the panel goes away.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    select(null);
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-touchpoint-id="${CSS.escape(selected.id)}"]`)
      ?.focus();
  }, [selected, select]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (linkingFrom !== undefined) cancelLinking();
      else closePanel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [linkingFrom, cancelLinking, closePanel]);

  const persona = view.persona;
  if (persona === undefined) return <NoPersona workspaceId={workspaceId} />;

  const activate = async (touchpoint: Touchpoint) => {
    const journey = view.journey;
    if (linkingFrom === undefined || journey === undefined) return select(touchpoint.id);
    cancelLinking();
    if (touchpoint.id !== linkingFrom.id) {
      await run([linkTouchpoints(journey.id, linkingFrom.id, touchpoint.id)]);
    }
  };

  const create = async () => {
    const name = t('map.journeyName.current', { persona: persona.name });
    if ((await run([createJourney(persona.id, 'current', name)])) !== null) {
      view.chooseState('current');
    }
  };
  const derive = async (fromId: string) => {
    const name = t('map.journeyName.target', { persona: persona.name });
    if ((await run([deriveTarget(fromId, name)])) !== null) view.chooseState('target');
  };

  return (
    <MapProvider value={context}>
      <MapToolbar
        view={view}
        pending={page.pending}
        onCreate={create}
        onDerive={derive}
        measured={measured}
      />
      {!canEdit && <p className="muted map-note">{t('map.readOnly')}</p>}
      <ProblemAlert problem={page.problem} />
      <Legend />
      {!view.comparing && <MeasuredLegend layer={measured} workspaceId={workspaceId} />}
      {view.comparing && view.journeys.current && view.journeys.target ? (
        <CompareView
          current={view.journeys.current}
          target={view.journeys.target}
          version={version}
          onOpen={(state, touchpoint) => {
            view.setCompare(false);
            view.chooseState(state);
            select(touchpoint.id);
          }}
        />
      ) : view.journey === undefined ? (
        <NoJourney persona={persona} state={view.state} journeys={view.journeys} />
      ) : (
        <div className={selected ? 'map-layout map-layout-panel' : 'map-layout'}>
          <div className="map-main">
            {linkingFrom && (
              <p className="alert alert-info map-linking" role="status">
                {t('map.transitions.linking', { name: linkingFrom.name })}
              </p>
            )}
            <MeasuredProvider value={measured.data}>
              <JourneyGrid
                journey={view.journey}
                editable={canEdit}
                selectedId={selected?.id ?? null}
                linking={linkingFrom !== undefined}
                gridRef={gridRef}
                onActivate={activate}
                onCreated={(id) => select(id)}
              />
            </MeasuredProvider>
          </div>
          {selected && (
            <TouchpointPanel
              key={selected.id}
              journey={view.journey}
              touchpoint={selected}
              linking={linkingFrom !== undefined}
              onStartLinking={() => view.startLinking(selected.id)}
              onCancelLinking={cancelLinking}
              onClose={closePanel}
            />
          )}
        </div>
      )}
    </MapProvider>
  );
}
