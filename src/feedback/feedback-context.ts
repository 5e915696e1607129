/** The feedback context of the route plugins, from the server's dependencies. */
import type { ServerDeps } from '../server/deps.ts';
import type { FeedbackContext } from './context.ts';
import { surveyLinkSecret } from './secret.ts';

export const feedbackContext = (deps: ServerDeps): FeedbackContext => ({
  access: deps.access,
  events: deps.events,
  secret: surveyLinkSecret(deps.dataDir, deps.surveyLinkSecret),
  publicUrl: deps.publicUrl,
});
