/**
 * How `parcours customer` prints customers for people: a table for the list, a sheet for one
 * customer. Pure: text in, text out.
 */
import type { CustomerDetail, CustomerList } from '../customers/service.ts';
import { type CustomerView, displayName } from '../customers/views.ts';

const dash = '–';

const day = (iso: string | null): string =>
  iso === null ? dash : iso.slice(0, 16).replace('T', ' ');

const email = (traits: Record<string, unknown>): string =>
  typeof traits.email === 'string' ? traits.email : dash;

/** Columns padded to their widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) =>
        index === row.length - 1
          ? cell
          : cell + ' '.repeat((widths[index] ?? 0) - [...cell].length),
      )
      .join('  ')
      .trimEnd(),
  );
}

const listRow = (c: CustomerView): string[] => [
  c.customerId,
  displayName(c.traits) ?? dash,
  email(c.traits),
  day(c.lastSeen),
  String(c.eventCount),
  c.channels.join(', ') || dash,
];

export function listText(page: CustomerList): string[] {
  if (page.customers.length === 0) return ['No customer matches.'];
  const header = ['CUSTOMER', 'NAME', 'EMAIL', 'LAST SEEN (UTC)', 'EVENTS', 'CHANNELS'];
  const shown = page.customers.length;
  const more = page.nextCursor === null ? '' : ' (use --limit to see more)';
  return [
    ...table([header, ...page.customers.map(listRow)]),
    '',
    `${shown} of ${page.total} customers${more}.`,
  ];
}

const value = (item: unknown): string =>
  typeof item === 'string' ? item : (JSON.stringify(item) ?? String(item));

export function showText({ customer, conflicts, merges }: CustomerDetail): string[] {
  const { revenue } = customer;
  const lines = [
    `Customer ${customer.customerId}${displayName(customer.traits) === null ? '' : ` — ${displayName(customer.traits)}`}`,
    '',
    ...table([
      ['First seen', day(customer.firstSeen)],
      ['Last seen', day(customer.lastSeen)],
      ['Events', String(customer.eventCount)],
      ['Channels', customer.channels.join(', ') || dash],
      [
        'Revenue',
        `${revenue.total}${revenue.currency === null ? '' : ` ${revenue.currency}`} (${revenue.orders} orders)`,
      ],
    ]),
    '',
    'Traits:',
    ...table(Object.entries(customer.traits).map(([name, item]) => [`  ${name}`, value(item)])),
    '',
    'Identities:',
    ...customer.identities.map((ref) => `  ${ref.kind.padEnd(9)}  ${ref.value}`),
  ];
  if (conflicts.length > 0) {
    lines.push('', 'Identity conflicts:');
    for (const c of conflicts) {
      lines.push(
        `  ${c.identity.kind} ${c.identity.value}: ${c.customerId} / ${c.otherCustomerId}`,
      );
    }
  }
  if (merges.length > 0) {
    lines.push('', 'Merges:');
    for (const m of merges) {
      const undone = m.undoneAt === null ? '' : `, undone ${day(m.undoneAt)}`;
      lines.push(`  ${m.id}: ${m.from} into ${m.into} by ${m.by} (${m.reason})${undone}`);
    }
  }
  return lines;
}
