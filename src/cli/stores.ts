/** Opening the embedded stores from a command, with the one error people meet: a running server. */
import { openDuckDbEventStore } from '../storage/events/duckdb.ts';
import type { EventStore } from '../storage/events/port.ts';
import { CliError } from './main.ts';

/** The event store at `path`; a clear error when `parcours serve` holds it. */
export async function openEventStoreOf(path: string): Promise<EventStore> {
  try {
    return await openDuckDbEventStore({ path });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(message)) {
      throw new CliError(
        `the event store ${path} is in use (is "parcours serve" running?): stop the server first`,
      );
    }
    throw error;
  }
}
