import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { fetchTouchpoints, type MeasureFilters } from './feedback-api.ts';
import { formatP, formatValue } from './format.ts';

interface IrritantsCardProps {
  readonly workspaceId: string;
  readonly filters: MeasureFilters;
  readonly model: WorkspaceModel;
}

/** Touchpoints whose satisfaction is significantly below the rest: irritants to confirm on the map. */
export function IrritantsCard({ workspaceId, filters, model }: IrritantsCardProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const [touchpoints, { reload }] = useResource(JSON.stringify([workspaceId, filters]), (signal) =>
    fetchTouchpoints(api, workspaceId, filters, signal),
  );
  const stageName = (id: string) => model.stages.find((s) => s.id === id)?.name ?? '';
  return (
    <section className="card" data-testid="feedback-irritants">
      <h2>{t('feedback.irritants.title')}</h2>
      <p className="muted">{t('feedback.irritants.hint')}</p>
      <Loadable resource={touchpoints} onRetry={reload}>
        {(data) => {
          const irritants = data.touchpoints.filter((tp) => tp.irritant);
          if (irritants.length === 0) return <p>{t('feedback.irritants.none')}</p>;
          return (
            <ul className="feedback-irritants">
              {irritants.map((tp) => (
                <li key={tp.touchpointId} data-testid="irritant">
                  <strong>{tp.name}</strong>{' '}
                  <span className="muted">({stageName(tp.stageId)})</span>
                  <ul>
                    {tp.reasons.map((reason) => (
                      <li key={reason.kind}>
                        {t('feedback.irritants.reason', {
                          kind: t(`feedback.kind.${reason.kind}`),
                          value: formatValue(lang, reason.kind, reason.measure.value),
                          n: reason.measure.n,
                          difference: formatValue(
                            lang,
                            reason.kind === 'ces' ? 'ces' : 'nps',
                            reason.versusRest.difference,
                          ),
                          p: formatP(lang, reason.versusRest.pValue),
                        })}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          );
        }}
      </Loadable>
    </section>
  );
}
