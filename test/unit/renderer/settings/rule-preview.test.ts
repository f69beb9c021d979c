import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../shared/model';
import { previewRuleChange, retagChanges, retaggedThemes, rulesFromText, themeIdFor } from '../../../../renderer/features/settings/rule-preview';
import { item } from '../items/fixtures';

const canary: Theme = { id: 'canary', label: 'Canaries', colour: '#8e5cd9', kind: 'remediation', rules: ['canary', 'canaries'], retired: false };
const items = [
  item('a', { title: 'Add canary checks', themes: ['canary'] }),
  item('b', { title: 'Use feature flags for risky changes', themes: ['other'] }),
  item('c', { title: 'Gate releases on canaries', themes: ['canary', 'deployment-process'] }),
  item('d', { title: 'Flag risky deploys', detail: 'behind a feature flag', themes: ['deployment-process'] }),
  item('e', { title: 'Feature flag the new cache', themes: ['validation'], editedFields: ['themes'] }),
];

describe('previewRuleChange', () => {
  it('names the items a new rule would tag, leaving hand-picked themes alone', () => {
    const preview = previewRuleChange(items, canary, { ...canary, rules: [...canary.rules, 'feature flag*'] });
    expect(preview.added.map((i) => i.id)).toEqual(['b', 'd']);
    expect(preview.removed).toEqual([]);
    expect(preview.keptByHand).toBe(1);
  });

  it('names the items a removed rule would untag', () => {
    const preview = previewRuleChange(items, canary, { ...canary, rules: ['canary'] });
    expect(preview.added).toEqual([]);
    expect(preview.removed.map((i) => i.id)).toEqual(['c']);
  });

  it('changes nothing when the rules match the same items', () => {
    const preview = previewRuleChange(items, canary, { ...canary, label: 'Canary releases', rules: ['canar*'] });
    expect(preview).toEqual({ added: [], removed: [], keptByHand: 0 });
  });

  it('previews a brand-new theme as tagging everything its rules match', () => {
    const flags: Theme = { id: 'feature-flags', label: 'Feature flags', colour: '#000000', kind: 'remediation', rules: ['feature flag*'], retired: false };
    expect(previewRuleChange(items, null, flags).added.map((i) => i.id)).toEqual(['b', 'd']);
  });

  it('does not re-tag items for failure themes, which belong to incidents', () => {
    const failure: Theme = { ...canary, id: 'bad-deploy', kind: 'failure', rules: ['flag'] };
    expect(previewRuleChange(items, null, failure).added).toEqual([]);
  });
});

describe('re-tagging', () => {
  it('adds the theme in place of "other" and falls back to "other" when the last theme goes', () => {
    expect(retaggedThemes(['other'], 'canary', true)).toEqual(['canary']);
    expect(retaggedThemes(['validation'], 'canary', true)).toEqual(['validation', 'canary']);
    expect(retaggedThemes(['canary'], 'canary', false)).toEqual(['other']);
  });

  it('gives each previewed item the themes it ends up with', () => {
    const preview = previewRuleChange(items, canary, { ...canary, rules: ['canary', 'feature flag*'] });
    expect(retagChanges(preview, 'canary')).toEqual([
      { id: 'b', themes: ['canary'] },
      { id: 'd', themes: ['deployment-process', 'canary'] },
      { id: 'c', themes: ['deployment-process'] },
    ]);
  });
});

describe('theme ids and rules from the editor', () => {
  it('makes a unique id from the label', () => {
    expect(themeIdFor('Feature flags & kill switches', new Set())).toBe('feature-flags-kill-switches');
    expect(themeIdFor('Canary', new Set(['canary', 'canary-2']))).toBe('canary-3');
    expect(themeIdFor('!!!', new Set())).toBe('theme');
  });

  it('reads one rule per line, without blanks or repeats', () => {
    expect(rulesFromText(' canary \n\ncanaries\ncanary\n')).toEqual(['canary', 'canaries']);
  });
});
