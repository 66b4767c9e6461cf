// Build and serve sum up a rule's warnings in one line; \`lectern check\` lists every finding.
import type { Diagnostic, RuleId } from '../diagnostics.js';
import { ruleById } from '../config/rules.js';

/** Rules whose warnings build sums up instead of listing: more than one finding of a summarisable rule. */
function summarised(diagnostics: readonly Diagnostic[]): Map<RuleId, number> {
  const counts = new Map<RuleId, number>();
  for (const d of diagnostics) if (d.severity === 'warning' && d.rule && !ruleById(d.rule).alwaysList) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  for (const [rule, n] of counts) if (n < 2) counts.delete(rule);
  return counts;
}

/** Errors, and warnings that build does not sum up, in full. */
export function summariseWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const counts = summarised(diagnostics);
  return diagnostics.filter((d) => d.severity === 'error' || !d.rule || !counts.has(d.rule));
}

/** "warning: 38 slides have no speaker notes [missing-notes] (lectern check lists them)". */
export function ruleSummaries(diagnostics: readonly Diagnostic[]): string[] {
  return [...summarised(diagnostics)].map(([rule, n]) => `warning: ${ruleById(rule).summary(n)} [${rule}] (lectern check lists them)`);
}
