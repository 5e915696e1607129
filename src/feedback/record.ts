/**
 * Stores survey answers through the one intake path (`ingest`), as revisions: the first
 * answer under a key is revision 1; a different answer under the same key is the next
 * revision (the latest counts, see ../storage/events/feedback-port.ts); the same answer again
 * stores nothing. Writes of a workspace are serialised in this process, so two quick submits
 * of one link cannot both claim the same revision.
 */
import { type IntakeContext, ingest, type RejectedCall } from '../ingest/intake.ts';
import type { StoredAnswer } from '../storage/events/feedback-port.ts';
import { sameContent } from './answer-event.ts';
import {
  type AnswerSubmission,
  type AskRecord,
  answerCall,
  requestCall,
} from './answer-payload.ts';

export type RecordOutcome = 'stored' | 'updated' | 'unchanged' | 'rejected';

export interface RecordResult {
  /** One per submission, in order. */
  readonly outcomes: RecordOutcome[];
  /** Submissions the intake refused (index into the submissions), with its reasons. */
  readonly rejected: RejectedCall[];
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task of the same workspace (in this process). */
async function serialised<T>(workspaceId: string, task: () => Promise<T>): Promise<T> {
  const before = queues.get(workspaceId) ?? Promise.resolve();
  const run = before.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(workspaceId, settled);
  void settled.then(() => {
    if (queues.get(workspaceId) === settled) queues.delete(workspaceId);
  });
  return run;
}

const contentOf = (answer: StoredAnswer) => ({
  score: answer.score,
  comment: answer.comment,
  answers: answer.answers,
});

/** Stores the submissions of one workspace; a key repeated in the batch counts in order. */
export function recordAnswers(
  intake: IntakeContext,
  workspaceId: string,
  submissions: readonly AnswerSubmission[],
): Promise<RecordResult> {
  return serialised(workspaceId, async () => {
    const keys = submissions.map((s) => s.answerKey);
    const latest = await intake.events.feedback.latestAnswers(workspaceId, keys);
    const revisions = new Map([...latest].map(([key, answer]) => [key, answer.revision]));
    const contents = new Map([...latest].map(([key, answer]) => [key, contentOf(answer)]));
    const outcomes: RecordOutcome[] = [];
    const calls: Record<string, unknown>[] = [];
    const positions: number[] = [];
    submissions.forEach((given, index) => {
      const previous = contents.get(given.answerKey);
      const submission =
        given.mode === 'score-only' && previous !== undefined
          ? { ...given, content: { ...previous, score: given.content.score } }
          : given;
      if (previous !== undefined && sameContent(previous, submission.content)) {
        outcomes.push('unchanged');
        return;
      }
      const revision = (revisions.get(submission.answerKey) ?? 0) + 1;
      revisions.set(submission.answerKey, revision);
      contents.set(submission.answerKey, submission.content);
      outcomes.push(previous === undefined ? 'stored' : 'updated');
      calls.push(answerCall(submission, revision));
      positions.push(index);
    });
    if (calls.length === 0) return { outcomes, rejected: [] };
    const result = await ingest(intake, workspaceId, calls);
    const rejected = result.rejected.map((call) => ({
      ...call,
      index: positions[call.index] ?? -1,
    }));
    for (const call of rejected) outcomes[call.index] = 'rejected';
    return { outcomes, rejected };
  });
}

/** Records asks (links issued, widgets shown); the same ask twice is stored once. */
export async function recordAsks(
  intake: IntakeContext,
  workspaceId: string,
  asks: readonly AskRecord[],
): Promise<void> {
  if (asks.length === 0) return;
  const result = await ingest(intake, workspaceId, asks.map(requestCall));
  if (result.rejected.length > 0) {
    const reasons = result.rejected.flatMap((call) => call.errors.map((e) => e.message));
    throw new Error(`survey asks refused by the intake: ${reasons.join('; ')}`);
  }
}
