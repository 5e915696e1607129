/** What route plugins receive from the server, built once at start-up. */
import type { AccessContext } from '../access/context.ts';
import { initialiseModel, type Lang } from '../model/service.ts';
import type { TemplateKey } from '../model/templates/index.ts';
import type { EventStore } from '../storage/events/port.ts';

export interface WorkspaceStart {
  readonly template: TemplateKey;
  readonly lang: Lang;
  readonly userId: string | null;
}

export interface ServerDeps {
  readonly access: AccessContext;
  readonly events: EventStore;
  /** Base URL people use to reach the server (for links in responses). */
  readonly publicUrl: () => string;
  /** Mark cookies Secure when served over https. */
  readonly secureCookies: boolean;
  /** The data directory: uploaded import files live under `<dataDir>/imports/`. */
  readonly dataDir: string;
  /** Largest file the web app's bulk import accepts, in bytes. */
  readonly importMaxBytes: number;
  /** The configured key of survey links; absent: generated and kept in `dataDir`. */
  readonly surveyLinkSecret?: string | undefined;
  /** Gives a new workspace its first journey model (a template, or the defaults). */
  readonly initialiseWorkspace: (workspaceId: string, start: WorkspaceStart) => Promise<void>;
}

export function serverDeps(base: Omit<ServerDeps, 'initialiseWorkspace'>): ServerDeps {
  return {
    ...base,
    initialiseWorkspace: async (workspaceId, start) => {
      await initialiseModel(base.access, workspaceId, start);
    },
  };
}
