import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../shared/model';
import { rankThemes } from '../../../../shared/taxonomy';

function theme(id: string, rules: string[]): Theme {
  return { id, label: id, colour: '#336699', kind: 'remediation', rules, retired: false };
}

const ids = (text: string, themes: Theme[]): string[] => rankThemes(text, themes, 'remediation').map((e) => e.id);

describe('rankThemes word matching', () => {
  it('cuts words at anything but letters, digits and an apostrophe inside a word', () => {
    const themes = [theme('a', ["don't retry"]), theme('b', ['load test*']), theme('c', ['2fa'])];
    expect(ids('We DON’T RETRY blindly', themes)).toEqual(['a']);
    expect(ids("we don't, retry", themes)).toEqual(['a']);
    expect(ids("we don''t retry", themes)).toEqual([]);
    expect(ids('run load-tests/nightly', themes)).toEqual(['b']);
    expect(ids('enable 2FA.', themes)).toEqual(['c']);
    expect(ids('enable x2fa', themes)).toEqual([]);
  });

  it('needs every word of a phrase, the last one whole unless the rule ends in *', () => {
    const themes = [theme('a', ['load test']), theme('b', ['deploy*'])];
    expect(ids('more load', themes)).toEqual([]);
    expect(ids('load testing', themes)).toEqual([]);
    expect(ids('redeploy', themes)).toEqual([]);
    expect(ids('deployments', themes)).toEqual(['b']);
  });

  it('counts the words of the longest rule at a place once, then goes on after them', () => {
    const themes = [theme('phrase', ['staged rollout*']), theme('word', ['rollout*', 'staged'])];
    expect(rankThemes('staged rollouts, then rollouts', themes, 'remediation')).toEqual([
      { id: 'phrase', weight: 2 },
      { id: 'word', weight: 1 },
    ]);
  });

  it('finds rules among many, whatever letters they start with', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x${String.fromCharCode(97 + (i % 26))}`);
    const themes = words.map((w, i) => theme(`t${i}`, [w]));
    expect(ids(words.join(' '), themes)).toEqual(themes.map((t) => t.id));
    expect(ids(words.map((w) => `${w}y`).join(' '), themes)).toEqual([]);
  });
});
