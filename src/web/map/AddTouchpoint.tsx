import { useEffect, useRef, useState } from 'react';
import type { Channel, Stage } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { InlineName } from './InlineName.tsx';
import { useMap } from './MapContext.tsx';
import { addTouchpoint } from './map-ops.ts';

interface AddTouchpointProps {
  readonly journeyId: string;
  readonly stage: Stage;
  readonly channel: Channel;
  readonly onCreated: (id: string) => void;
}

/** "+" in a cell: asks for a name in place, creates the touchpoint there and selects it. */
export function AddTouchpoint({ journeyId, stage, channel, onCreated }: AddTouchpointProps) {
  const { t } = useI18n();
  const { run } = useMap();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // After a cancel, the keyboard focus comes back to the "+" it left.
  useEffect(() => {
    if (!open && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (open) {
    return (
      <InlineName
        label={t('map.touchpoint.newName')}
        testId="new-touchpoint-name"
        onCancel={() => setOpen(false)}
        onSubmit={async (name) => {
          const result = await run([addTouchpoint(journeyId, stage.id, channel.id, name)]);
          if (result === null) return false;
          wasOpen.current = false;
          setOpen(false);
          const id = result.createdIds[0];
          if (typeof id === 'string') onCreated(id);
          return true;
        }}
      />
    );
  }
  const label = t('map.touchpoint.add', {
    cell: t('map.grid.cell', { stage: stage.name, channel: channel.name }),
  });
  return (
    <button
      type="button"
      ref={buttonRef}
      className="add-touchpoint"
      data-testid="add-touchpoint"
      data-stage-id={stage.id}
      data-channel-id={channel.id}
      aria-label={label}
      title={label}
      onClick={() => setOpen(true)}
    >
      <span aria-hidden="true">+</span>
    </button>
  );
}
