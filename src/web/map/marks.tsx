/** Small drawn signs of the map: importance dots, emotion faces, channel kinds. */
import type { ChannelKind } from '../../model/schema.ts';

const EMOTION_COLOURS: Readonly<Record<number, string>> = {
  [-3]: '#c92a2a',
  [-2]: '#e8590c',
  [-1]: '#f59f00',
  0: '#868e96',
  1: '#74b816',
  2: '#37b24d',
  3: '#2b8a3e',
};

export const emotionColour = (value: number): string =>
  EMOTION_COLOURS[Math.max(-3, Math.min(3, Math.round(value)))] ?? '#868e96';

/** Filled dots for importance 1–5; decorative, the card's label says the value. */
export function ImportanceDots({ value }: { readonly value: number }) {
  return (
    <span className="importance-dots" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((dot) => (
        <span key={dot} className={dot <= value ? 'dot dot-on' : 'dot'} />
      ))}
    </span>
  );
}

/** A face that smiles from −3 (frown) to +3 (broad smile), in the colour of the emotion. */
export function EmotionFace({ value }: { readonly value: number }) {
  const mouthY = 11.5 - value * 0.2;
  const curve = mouthY + value * 1.1;
  return (
    <svg className="emotion-face" viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="9" cy="9" r="8" fill={emotionColour(value)} />
      <circle cx="6.2" cy="7" r="1.2" fill="#fff" />
      <circle cx="11.8" cy="7" r="1.2" fill="#fff" />
      <path
        d={`M 5 ${mouthY} Q 9 ${curve} 13 ${mouthY}`}
        stroke="#fff"
        strokeWidth="1.6"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A screen for digital channels, a shop front for physical ones. */
export function ChannelIcon({ kind }: { readonly kind: ChannelKind }) {
  return (
    <svg className="channel-icon" viewBox="0 0 20 20" aria-hidden="true">
      {kind === 'digital' ? (
        <>
          <rect x="2" y="3" width="16" height="11" rx="1.5" />
          <path d="M7 17.5h6M10 14v3.5" />
        </>
      ) : (
        <>
          <path d="M2.5 7.5 4 3h12l1.5 4.5" />
          <path d="M2.5 7.5c0 1.4 1.1 2 2.5 2s2.5-.6 2.5-2c0 1.4 1.1 2 2.5 2s2.5-.6 2.5-2c0 1.4 1.1 2 2.5 2s2.5-.6 2.5-2" />
          <path d="M4 10v7.5h12V10M8.5 17.5v-4.5h3v4.5" />
        </>
      )}
    </svg>
  );
}
