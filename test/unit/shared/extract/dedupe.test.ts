import { describe, expect, it } from 'vitest';
import { items, titles } from './snippets';

describe('the same actions listed twice', () => {
  it('keeps an action table once when a checklist below restates it in shorter words', () => {
    const found = titles(
      items(
        'pm.md',
        [
          '# Certificate loss',
          '',
          '## Follow-up actions',
          '',
          '| Action | Owner | Status |',
          '| --- | --- | --- |',
          '| Add a blackbox probe that alerts on TLS certificate expiry | sre | open |',
          '| Rotate the proxy admin password exposed during the reset | sre | open |',
          '| Move the proxy host configuration into infrastructure as code | infra | open |',
          '',
          '## Action items status',
          '',
          '- [ ] TLS certificate expiry probe and alert',
          '- [ ] Proxy admin password rotation',
          '- [ ] Proxy host configuration as code',
          '',
        ].join('\n'),
      ),
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/blackbox probe/);
  });

  it('keeps both lists when only one entry of the later list echoes the earlier one', () => {
    const found = titles(
      items(
        'pm.md',
        [
          '# Activation failures',
          '',
          '## Actions completed',
          '',
          '- [x] Add error handling to webhook operations',
          '- [x] Fix the subscription status filter',
          '',
          '## Prevention',
          '',
          '- [ ] Add pre-commit hooks that flag database operations without error handling',
          '- [ ] Add monitoring for all serverless function errors',
          '- [ ] Write a coding standard for external service calls',
          '',
        ].join('\n'),
      ),
    );
    expect(found).toHaveLength(5);
  });
});
