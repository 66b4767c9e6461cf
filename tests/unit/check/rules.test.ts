// The rule registry: ids, per-deck and per-class settings that switch rules off or change their severity.
import { describe, expect, it } from 'vitest';
import { warning, error } from '../../../src/diagnostics.js';
import { applyRuleSettings, ruleById, RULE_IDS, RULES, rulesHelp } from '../../../src/config/rules.js';

const found = [warning('a.md', 1, 1, 'no notes', 'missing-notes'), error('a.md', 2, 1, 'no alt', 'image-alt'), error('a.md', 3, 1, 'no rule')];

describe('the registry', () => {
  it('has unique ids, each found by id, and nothing for an unknown one', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const id of RULE_IDS) expect(ruleById(id)!.id).toBe(id);
    // @ts-expect-error A misspelt rule id does not compile; at run time it finds nothing.
    expect(ruleById('missing-note')).toBeUndefined();
  });
  it('summarises in the singular and the plural', () => {
    expect(ruleById('missing-notes')!.summary(1)).toBe('1 slide has no speaker notes');
    expect(ruleById('missing-notes')!.summary(38)).toBe('38 slides have no speaker notes');
  });
  it('prints one aligned help line per rule', () => {
    const lines = rulesHelp().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines[0]).toMatch(/^ {2}overflow {8}error {4}layout {2}content runs off the slide/);
  });
});

describe('applyRuleSettings', () => {
  it('changes nothing without settings', () => expect(applyRuleSettings(found, [undefined, {}])).toEqual(found));
  it('drops a rule set off and changes the severity of another', () => {
    const out = applyRuleSettings(found, [{ 'missing-notes': 'off', 'image-alt': 'warning' }]);
    expect(out.map((d) => `${d.rule ?? '-'} ${d.severity}`)).toEqual(['image-alt warning', '- error']);
    expect(found[1]!.severity).toBe('error');
  });
  it('lets the class file (a later layer) win over the deck', () => {
    expect(applyRuleSettings(found, [{ 'missing-notes': 'off' }, { 'missing-notes': 'error' }])[0]!.severity).toBe('error');
    expect(applyRuleSettings(found, [{ 'missing-notes': 'error' }, { 'missing-notes': 'off' }])).toHaveLength(2);
  });
});
