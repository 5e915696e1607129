import type { Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Translate } from '../i18n/translate.ts';
import { MeasureFigure, useCardMeasure } from './CardMeasure.tsx';
import { badgeOf, type CompareBadge, type CompareMark } from './compare.ts';
import { formatEmotion } from './emotion.ts';
import { fieldLabel } from './field-labels.ts';
import { EmotionFace, ImportanceDots } from './marks.tsx';
import { dragSource } from './useDragDrop.ts';

/** What every card of one map shares: selection, compare marks, and what a click does. */
export interface CardOptions {
  readonly editable: boolean;
  readonly selectedId: string | null;
  readonly marks: ReadonlyMap<string, CompareMark> | undefined;
  readonly register: (id: string) => (element: HTMLElement | null) => void;
  readonly onActivate: (touchpoint: Touchpoint) => void;
}

/** The card's name for screen readers: everything its colours and signs say. */
function describe(t: Translate, touchpoint: Touchpoint, badge: CompareBadge | null): string {
  return [
    touchpoint.name,
    t(`map.performance.${touchpoint.performance}`),
    touchpoint.importance === null
      ? ''
      : t('map.card.importance', { value: touchpoint.importance }),
    touchpoint.momentOfTruth ? t('map.card.momentOfTruth') : '',
    touchpoint.rupture ? t('map.card.rupture') : '',
    touchpoint.emotion === null
      ? ''
      : t('map.card.emotion', { value: formatEmotion(touchpoint.emotion) }),
    badge === null ? '' : t(`map.badge.${badge}`),
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** A touchpoint on the map: coloured by performance, with its importance, markers and emotion. */
export function TouchpointCard({
  touchpoint,
  options,
}: {
  readonly touchpoint: Touchpoint;
  readonly options: CardOptions;
}) {
  const { t } = useI18n();
  const mark = options.marks?.get(touchpoint.id);
  const badge = badgeOf(mark);
  const selected = options.selectedId === touchpoint.id;
  const measure = useCardMeasure(touchpoint.id);
  const classes = [
    'tp-card',
    `perf-${touchpoint.performance}`,
    selected ? 'is-selected' : '',
    badge === null ? '' : `tp-${badge}`,
    measure?.className ?? '',
  ];
  const changed =
    mark?.kind === 'changed'
      ? t('map.compare.changedFields', {
          fields: mark.fields.map((field) => fieldLabel(t, field)).join(', '),
        })
      : undefined;
  return (
    <button
      type="button"
      ref={options.register(touchpoint.id)}
      className={classes.filter((name) => name !== '').join(' ')}
      data-testid="touchpoint-card"
      data-touchpoint-id={touchpoint.id}
      data-performance={touchpoint.performance}
      aria-pressed={selected}
      aria-label={[describe(t, touchpoint, badge), measure?.text ?? '']
        .filter((part) => part !== '')
        .join(', ')}
      title={changed}
      style={measure?.style}
      onClick={() => options.onActivate(touchpoint)}
      {...dragSource('touchpoint', touchpoint.id, options.editable)}
    >
      {badge !== null && (
        <span className={`tp-badge badge-${badge}`} data-testid="compare-badge">
          {t(`map.badge.${badge}`)}
        </span>
      )}
      <span className="tp-name">{touchpoint.name}</span>
      {measure !== null && <MeasureFigure measure={measure} />}
      <span className="tp-meta">
        {touchpoint.importance !== null && <ImportanceDots value={touchpoint.importance} />}
        {touchpoint.momentOfTruth && (
          <span className="mark-mot" data-testid="moment-of-truth">
            ★
          </span>
        )}
        {touchpoint.rupture && (
          <span className="mark-rupture" data-testid="rupture">
            ⚡
          </span>
        )}
        {touchpoint.emotion !== null && (
          <span className="tp-emotion">
            <EmotionFace value={touchpoint.emotion} />
            {formatEmotion(touchpoint.emotion)}
          </span>
        )}
        <span className="tp-perf">{t(`map.performance.${touchpoint.performance}`)}</span>
      </span>
    </button>
  );
}
