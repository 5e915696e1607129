import { type CSSProperties, type ReactNode, useState } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import { ApiError } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { InlineName } from './InlineName.tsx';
import { useMap } from './MapContext.tsx';
import { dropIndex, stepIndex } from './reorder.ts';
import { dragSource, useDropTarget } from './useDragDrop.ts';

type Kind = 'stage' | 'channel';

const TEXT = {
  stage: {
    renameLabel: 'map.stage.renameLabel',
    rename: 'map.stage.rename',
    back: 'map.stage.moveLeft',
    forward: 'map.stage.moveRight',
    remove: 'map.stage.delete',
    question: 'map.stage.deleteQuestion',
    confirm: 'map.stage.deleteConfirm',
    holds: 'map.stage.holds',
  },
  channel: {
    renameLabel: 'map.channel.renameLabel',
    rename: 'map.channel.rename',
    back: 'map.channel.moveUp',
    forward: 'map.channel.moveDown',
    remove: 'map.channel.delete',
    question: 'map.channel.deleteQuestion',
    confirm: 'map.channel.deleteConfirm',
    holds: 'map.channel.holds',
  },
} as const;

/** Stages move left and right, channels (lanes) up and down. */
const MOVES = {
  stage: { back: ['left', '◀'], forward: ['right', '▶'] },
  channel: { back: ['up', '▲'], forward: ['down', '▼'] },
} as const;

const moveOp = (kind: Kind, id: string, index: number): ModelOp =>
  kind === 'stage' ? { op: 'stage.move', id, index } : { op: 'channel.move', id, index };
const renameOp = (kind: Kind, id: string, name: string): ModelOp =>
  kind === 'stage'
    ? { op: 'stage.update', id, changes: { name } }
    : { op: 'channel.update', id, changes: { name } };
const removeOp = (kind: Kind, id: string): ModelOp =>
  kind === 'stage' ? { op: 'stage.remove', id } : { op: 'channel.remove', id };

interface ListHeaderProps {
  readonly kind: Kind;
  readonly item: { readonly id: string; readonly name: string };
  /** Ids of the whole list, in order, to compute moves. */
  readonly ids: readonly string[];
  /** Touchpoints of all journeys placed on this item: why a removal may be refused. */
  readonly holding: number;
  readonly editable: boolean;
  readonly className: string;
  readonly style: CSSProperties;
  readonly title?: string | undefined;
  /** Drawn before the name, e.g. the channel's kind. */
  readonly children?: ReactNode;
}

/**
 * The header of a stage column or a channel lane: its name, renamed in place, moved by drag
 * and drop or by buttons, and deleted after a question.
 */
export function ListHeader(props: ListHeaderProps) {
  const { kind, item, ids, holding, editable, className, style, title, children } = props;
  const { t } = useI18n();
  const { apply, run } = useMap();
  const [renaming, setRenaming] = useState(false);
  const text = TEXT[kind];
  const move = (index: number | null, id = item.id) => {
    if (index !== null) void run([moveOp(kind, id, index)]);
  };
  // The dragged item takes this one's place.
  const drop = useDropTarget(kind, editable, (draggedId) =>
    move(dropIndex(ids, draggedId, item.id), draggedId),
  );
  const remove = async () => {
    try {
      await apply([removeOp(kind, item.id)]);
    } catch (error) {
      // The server explains in English; the count of touchpoints says it in the user's words.
      if (error instanceof ApiError && error.status === 409 && holding > 0) {
        const detail = t(text.holds, { name: item.name, count: holding });
        throw new ApiError({ ...error.problem, detail, errors: [] });
      }
      throw error;
    }
  };
  const [backName, backIcon] = MOVES[kind].back;
  const [forwardName, forwardIcon] = MOVES[kind].forward;
  const index = ids.indexOf(item.id);

  return (
    <div
      className={`${className}${drop.over ? ' is-drop-target' : ''}`}
      style={style}
      data-testid={`${kind}-header`}
      {...{ [`data-${kind}-id`]: item.id }}
      title={title}
      {...dragSource(kind, item.id, editable && !renaming)}
      {...drop.targetProps}
    >
      <div className="map-head-name">
        {children}
        {renaming ? (
          <InlineName
            label={t(text.renameLabel)}
            initial={item.name}
            testId={`${kind}-name-input`}
            onCancel={() => setRenaming(false)}
            onSubmit={async (name) => {
              const saved = (await run([renameOp(kind, item.id, name)])) !== null;
              if (saved) setRenaming(false);
              return saved;
            }}
          />
        ) : (
          <span className="map-head-label">{item.name}</span>
        )}
      </div>
      {editable && !renaming && (
        <div className="map-head-tools">
          <HeaderButton
            label={t(text.back, { name: item.name })}
            testId={`move-${kind}-${backName}`}
            disabled={index <= 0}
            onClick={() => move(stepIndex(ids, item.id, -1))}
          >
            {backIcon}
          </HeaderButton>
          <HeaderButton
            label={t(text.forward, { name: item.name })}
            testId={`move-${kind}-${forwardName}`}
            disabled={index === ids.length - 1}
            onClick={() => move(stepIndex(ids, item.id, 1))}
          >
            {forwardIcon}
          </HeaderButton>
          <HeaderButton
            label={t(text.rename, { name: item.name })}
            testId={`rename-${kind}`}
            onClick={() => setRenaming(true)}
          >
            ✎
          </HeaderButton>
          <ConfirmDelete
            label={t(text.remove, { name: item.name })}
            question={t(text.question, { name: item.name })}
            confirmLabel={t(text.confirm)}
            testId={`delete-${kind}`}
            confirmTestId={`confirm-delete-${kind}`}
            onConfirm={remove}
          />
        </div>
      )}
    </div>
  );
}

interface HeaderButtonProps {
  readonly label: string;
  readonly testId: string;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

function HeaderButton({ label, testId, disabled = false, onClick, children }: HeaderButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
