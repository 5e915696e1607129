import type { MappingRule, PropertyValue } from '../../mapping/rules.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatConditionValue } from './draft.ts';
import { formatCount, formatShare } from './format.ts';
import { useMappingEditing } from './MappingContext.tsx';
import { RuleEditor } from './RuleEditor.tsx';

interface RuleRowProps {
  readonly rule: MappingRule;
  readonly position: number;
  readonly last: boolean;
  /** Events the rule wins in the preview; null while there is no preview. */
  readonly matched: number | null;
  readonly total: number;
  readonly editing: boolean;
  readonly onEditing: (editing: boolean) => void;
  /** Messages of the save refusal about this rule. */
  readonly errors: readonly string[];
}

/** One rule: what it matches, where it maps, how many events it wins; editable in place. */
export function RuleRow(props: RuleRowProps) {
  const { rule, position, last, matched, total, editing, onEditing, errors } = props;
  const { t, lang } = useI18n();
  const { canEdit, dispatch, touchpointById } = useMappingEditing();
  const touchpoint = touchpointById.get(rule.touchpointId);
  const share = matched === null || total === 0 ? 0 : matched / total;

  return (
    <li
      className="mapping-rule"
      data-testid="mapping-rule"
      data-rule-id={rule.id}
      data-enabled={rule.enabled}
      data-invalid={errors.length > 0 || undefined}
    >
      <div className="mapping-rule-head">
        <span className="mapping-rule-position">{position}</span>
        <input
          type="checkbox"
          className="mapping-rule-toggle"
          checked={rule.enabled}
          disabled={!canEdit}
          aria-label={t('mapping.rule.enabledFor', { name: rule.name })}
          title={t('mapping.rule.enabled')}
          data-testid="rule-enabled"
          onChange={(event) =>
            dispatch({ kind: 'update', id: rule.id, change: { enabled: event.target.checked } })
          }
        />
        <div className="mapping-rule-main">
          <p className="mapping-rule-name">
            {rule.name || '—'}
            {!rule.enabled && <span className="tag">{t('mapping.rule.disabled')}</span>}
          </p>
          <p className="mapping-rule-target" data-unknown={touchpoint === undefined || undefined}>
            <span aria-hidden="true">→ </span>
            {touchpoint === undefined ? (
              rule.touchpointId === '' ? (
                t('mapping.rule.noTouchpoint')
              ) : (
                t('mapping.rule.unknownTouchpoint')
              )
            ) : (
              <>
                <strong>{touchpoint.name}</strong>
                <span className="muted">
                  {' · '}
                  {touchpoint.stage} · {touchpoint.channel} · {touchpoint.journey}
                </span>
              </>
            )}
          </p>
          <RuleSummary rule={rule} />
        </div>
        <div className="mapping-rule-count" data-testid="rule-matched">
          {matched !== null && (
            <>
              <span className="mapping-rule-count-value">
                {t('mapping.rule.matched', { count: formatCount(lang, matched) })}
              </span>
              <span
                className="mapping-bar"
                title={t('mapping.rule.share', { share: formatShare(lang, matched, total) })}
              >
                <span style={{ width: `${Math.min(100, share * 100)}%` }} />
              </span>
            </>
          )}
        </div>
        {canEdit && (
          <div className="row-buttons">
            <button
              type="button"
              className="button button-icon"
              aria-label={t('mapping.rule.moveUp', { name: rule.name })}
              title={t('mapping.rule.moveUp', { name: rule.name })}
              disabled={position === 1}
              onClick={() => dispatch({ kind: 'move', id: rule.id, direction: -1 })}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-icon"
              aria-label={t('mapping.rule.moveDown', { name: rule.name })}
              title={t('mapping.rule.moveDown', { name: rule.name })}
              disabled={last}
              onClick={() => dispatch({ kind: 'move', id: rule.id, direction: 1 })}
            >
              ↓
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={editing}
              data-testid="rule-edit"
              onClick={() => onEditing(!editing)}
            >
              {editing ? t('mapping.rule.done') : t('mapping.rule.edit')}
            </button>
            <button
              type="button"
              className="button button-danger-quiet"
              aria-label={t('mapping.rule.removeNamed', { name: rule.name })}
              data-testid="rule-remove"
              onClick={() => dispatch({ kind: 'remove', id: rule.id })}
            >
              {t('mapping.rule.remove')}
            </button>
          </div>
        )}
      </div>
      {errors.length > 0 && (
        <ul className="alert alert-error mapping-rule-errors" role="alert">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {editing && canEdit && <RuleEditor rule={rule} onDone={() => onEditing(false)} />}
    </li>
  );
}

/** What the rule matches, in one line of chips. */
function RuleSummary({ rule }: { readonly rule: MappingRule }) {
  const { t } = useI18n();
  const { namesById } = useMappingEditing();
  // A condition on an id of the model (`stageId` equals …) reads better with the name.
  const shown = (value: PropertyValue | undefined) =>
    typeof value === 'string' ? (namesById.get(value) ?? value) : formatConditionValue(value);
  const { events, channels, types, properties } = rule.when;
  return (
    <ul className="mapping-summary">
      {events.length === 0 ? (
        <li className="mapping-summary-any">{t('mapping.rule.anyEvent')}</li>
      ) : (
        events.map((name) => (
          <li key={`e:${name}`} className="mapping-summary-event">
            {name}
          </li>
        ))
      )}
      {channels.length > 0 && <li className="mapping-summary-word">{t('mapping.rule.on')}</li>}
      {channels.map((channel) => (
        <li key={`c:${channel}`} className="mapping-summary-channel">
          {channel}
        </li>
      ))}
      {types.map((type) => (
        <li key={`t:${type}`} className="mapping-summary-type">
          {type}
        </li>
      ))}
      {properties.map((condition, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id.
        <li key={`p:${index}`} className="mapping-summary-condition">
          {condition.path} {t(`mapping.op.${condition.op}`)} {shown(condition.value)}
        </li>
      ))}
    </ul>
  );
}
