// case: a report builder reassigns a local label between the summary and charts reads
// category: statements-between
// why: the label is reassigned from a value that is not a result, and neither read uses it, so
//      the assignment can stay between the two independent reads
import { reports } from '../reports';

interface BuiltReport {
  label: string;
  summary: Awaited<ReturnType<typeof reports.summary>>;
  charts: Awaited<ReturnType<typeof reports.charts>>;
}

export async function buildReport(reportId: string, version: number): Promise<BuiltReport> {
  let label = `report:${reportId}`;
  const summary = /*@A*/ await reports.summary(reportId);
  label = version > 1 ? `${label}:v${version}` : label;
  const charts = /*@A*/ await reports.charts(reportId, { format: 'svg' });
  return { label, summary, charts };
}
