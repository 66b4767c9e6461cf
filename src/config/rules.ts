// A deck's and a class's `check:` settings applied to findings, and the rules as help text.
import type { Diagnostic } from '../diagnostics.js';
import { RULES, type RuleId, type RuleSetting } from '../rules.js';

export { RULE_IDS, RULES, ruleById, type Rule, type RuleId, type RuleKind, type RuleSetting } from '../rules.js';

/**
 * Applies a deck's and its class's `check:` settings: a rule set to "off" drops its findings, "warning" or
 * "error" changes their severity. Later layers (the class file) win over earlier ones (the deck).
 */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], layers: readonly (Partial<Record<RuleId, RuleSetting>> | undefined)[]): Diagnostic[] {
  const settings: Partial<Record<RuleId, RuleSetting>> = Object.assign({}, ...layers.filter(Boolean));
  if (!Object.keys(settings).length) return [...diagnostics];
  return diagnostics.flatMap((d) => {
    const setting = d.rule ? settings[d.rule] : undefined;
    if (!setting) return [d];
    return setting === 'off' ? [] : [{ ...d, severity: setting }];
  });
}

/** The rules as help text lines: `  overflow         error    content runs off the slide`. */
export function rulesHelp(): string {
  return RULES.map((r) => `  ${r.id.padEnd(15)} ${r.severity.padEnd(8)} ${r.kind.padEnd(7)} ${r.description}`).join('\n');
}
