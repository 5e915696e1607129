interface ProgressBarProps {
  /** 0…1, or null when the total is unknown (the bar then moves without a value). */
  readonly fraction: number | null;
  readonly label: string;
  readonly testId: string;
}

/** A progress bar that screen readers announce with its label and value. */
export function ProgressBar({ fraction, label, testId }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div
      className={percent === null ? 'progress progress-indeterminate' : 'progress'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      {...(percent === null ? {} : { 'aria-valuenow': percent })}
      data-testid={testId}
    >
      <div className="progress-fill" style={percent === null ? {} : { width: `${percent}%` }} />
    </div>
  );
}
