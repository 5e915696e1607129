/**
 * The diagnosis of a journey: irritants, ruptures, moments of truth and missing touchpoints
 * (./diagnosis.ts), each named in the map's words with its evidence.
 */
import { ok, type Result } from '../shared/result.ts';
import { conformanceAnalysis, measuredMap } from './analyses.ts';
import {
  type Finding,
  findIrritants,
  findMissingTouchpoints,
  findMomentsOfTruth,
} from './diagnosis.ts';
import type * as s from './http-schemas.ts';
import { type AnalyticsContext, prepare } from './service.ts';
import { runAttribution } from './service-attribution.ts';

const ALL_TIME = { from: new Date(0), to: new Date(8.64e15) };

export async function runDiagnosis(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.ScopeBody,
): Promise<Result<s.DiagnosisResponse>> {
  const prepared = await prepare(ctx, workspaceId, body);
  if (!prepared.ok) return prepared;
  const { model, frame, scope } = prepared.value;
  const touchpoint = (id: string | null) => frame.journey.touchpoints.find((t) => t.id === id);
  const stageName = (id: string | null) =>
    model.stages.find((stage) => stage.id === id)?.name ?? '';
  const channelName = (index: number) => frame.channels[index]?.name ?? String(index);
  const stageIdAt = (index: number) => frame.stages[index]?.id ?? null;
  const stageOf = (id: string) => touchpoint(id)?.stageId ?? null;

  const measured = await measuredMap(ctx.events.analytics, scope, frame);
  const irritants = findIrritants(
    measured.touchpoints.map((m) => ({ ...m, stageId: stageOf(m.touchpointId) ?? '' })),
  );
  const { switches } = await conformanceAnalysis(ctx.events.analytics, scope, frame);
  const attribution = await runAttribution(ctx, workspaceId, { ...body, level: 'touchpoint' });
  const effects = new Map(
    attribution.ok ? attribution.value.rows.map((row) => [row.id, row.markovRemovalEffect]) : [],
  );
  const preview = await ctx.events.mapping.preview(workspaceId, scope.rules, ALL_TIME);
  const findings: (Finding & { title: string })[] = [
    ...irritants.map((finding) => ({
      ...finding,
      title: `${touchpoint(finding.touchpointId)?.name ?? ''} loses more customers than the rest of ${stageName(finding.stageId)}`,
    })),
    ...switches
      .filter((outcome) => outcome.rupture)
      .map((outcome) => ({
        kind: 'rupture' as const,
        touchpointId: null,
        stageId: stageIdAt(outcome.stage),
        severity: (outcome.rate - outcome.comparableRate) * outcome.moves,
        evidence: {
          fromChannel: channelName(outcome.fromChannel),
          toChannel: channelName(outcome.toChannel),
          abandonment: outcome.rate,
          comparableAbandonment: outcome.comparableRate,
          moves: outcome.moves,
          z: outcome.z,
        },
        title: `Switching from ${channelName(outcome.fromChannel)} to ${channelName(outcome.toChannel)} after ${stageName(stageIdAt(outcome.stage))} breaks the journey`,
      })),
    ...findMomentsOfTruth(effects, stageOf).map((finding) => ({
      ...finding,
      title: `${touchpoint(finding.touchpointId)?.name ?? ''} is a moment of truth: without it, conversions fall`,
    })),
    ...findMissingTouchpoints(preview.unmappedGroups, preview.total).map((finding) => ({
      ...finding,
      title: `Customers do “${finding.evidence.event}”${finding.evidence.channel === '' ? '' : ` on ${finding.evidence.channel}`}, which no touchpoint of the map shows`,
    })),
  ];
  return ok({
    journeyId: frame.journey.id,
    customers: measured.customers,
    findings: findings.map((finding) => ({ ...finding, evidence: { ...finding.evidence } })),
  });
}
