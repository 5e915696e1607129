import type { ReactNode } from 'react';

export interface Stat {
  readonly label: string;
  readonly value: string;
  /** A short line under the figure: its share, its context. */
  readonly detail?: ReactNode;
  readonly tone?: 'default' | 'warning';
  readonly testId?: string;
}

/** The few figures a reader should take away, in large type above the charts. */
export function StatTiles({ stats }: { readonly stats: readonly Stat[] }) {
  return (
    <dl className="stat-tiles">
      {stats.map((stat) => (
        <div
          key={stat.label}
          className={stat.tone === 'warning' ? 'stat-tile stat-warning' : 'stat-tile'}
          data-testid={stat.testId}
        >
          <dt>{stat.label}</dt>
          <dd className="stat-value">{stat.value}</dd>
          {stat.detail !== undefined && <dd className="stat-detail">{stat.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
