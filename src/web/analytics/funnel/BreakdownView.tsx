import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ChartCard } from '../ChartCard.tsx';
import { formattersFor } from '../format.ts';
import { type BreakdownRow, breakdownOption, largestGroups } from './funnel-charts.ts';

/** Values drawn as bars; the table lists them all. */
const MAX_BARS = 8;

/** The funnel per breakdown value: conversion bars, and a table of every value and step. */
export function BreakdownView({
  labels,
  rows: raw,
  valueLabel,
}: {
  readonly labels: readonly string[];
  readonly rows: readonly BreakdownRow[];
  /** How a group reads (a channel key → the channel's name). */
  readonly valueLabel: (value: string) => string;
}) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const rows = useMemo(
    () => raw.map((row) => ({ ...row, value: valueLabel(row.value) })),
    [raw, valueLabel],
  );
  const shown = useMemo(() => largestGroups(rows, MAX_BARS), [rows]);
  const option = useMemo(
    () => breakdownOption(labels, shown, formattersFor(lang)),
    [labels, shown, lang],
  );
  const height = Math.max(260, labels.length * (shown.length * 12 + 14) + 60);
  return (
    <ChartCard
      title={t('analytics.breakdown.title')}
      hint={t('analytics.breakdown.hint')}
      fileName="funnel-breakdown"
      option={option}
      height={height}
      testId="breakdown-chart"
    >
      <div className="table-wrap">
        <table className="analytics-table breakdown-table" data-testid="breakdown-table">
          <thead>
            <tr>
              <th scope="col">{t('analytics.breakdown.value')}</th>
              {labels.map((label, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position (names may repeat).
                <th key={`${index}-${label}`} scope="col" className="num" title={label}>
                  {index + 1}. {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.value}>
                <th scope="row">{row.value}</th>
                {row.figures.steps.map((step, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position (names may repeat).
                  <td key={`${index}-${step.label}`} className="num">
                    <span className="cell-main">{f.count(step.customers)}</span>
                    <span className="cell-sub">{f.percent(step.overallConversion)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}
