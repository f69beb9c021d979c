/**
 * The default themes of ../../taxonomy.md, as data. `rules` are case-insensitive words or
 * phrases; a trailing `*` matches any ending (`deploy*` matches deploys, deployment...).
 * Users edit these rules in the app; the engine in rules.ts only reads them.
 */
import type { Theme } from '../model';

type ThemeSeed = Omit<Theme, 'kind' | 'retired'>;

const REMEDIATION: ThemeSeed[] = [
  {
    id: 'validation',
    label: 'Validation & testing',
    colour: '#2f7ed8',
    rules: ['test*', 'staging', 'pre-production', 'preprod', 'simulat*', 'chaos', 'fault injection', 'smoke test*', 'e2e', 'validat*', 'verification step', 'dry run', 'qa', 'load test*'],
  },
  {
    id: 'canary',
    label: 'Canaries & progressive rollout',
    colour: '#8e5cd9',
    rules: ['canary', 'canaries', 'progressive rollout', 'staged rollout', 'gradual*', 'blue/green', 'blue-green', 'feature flag*', 'regional rollout', 'phased rollout', 'automatic rollback'],
  },
  {
    id: 'deployment-process',
    label: 'Deployment process',
    colour: '#cc7722',
    rules: ['deploy*', 'release*', 'hotfix*', 'sign-off*', 'sign off', 'code review*', 'review*', 'rollback*', 'roll back', 'change freeze', 'freeze', 'change management', 'branch protection', 'pull request*', 'approv*', 'cherry-pick*', 'rollout', 'upgrade handler', 'upgrade instructions', 'merge*', 'push directly'],
  },
  {
    id: 'relay-loop-prevention',
    label: 'Relay & routing loops',
    colour: '#c2417a',
    rules: ['relay*', 'routing loop*', 'circular', 'loop detection', 'track lookup', 'route lookup', 'locating the track'],
  },
  {
    id: 'memory-leak',
    label: 'Memory & resource leaks',
    colour: '#b7791f',
    rules: ['leak*', 'memory', 'oom', 'out of memory', 'reclaim*', 'goroutine*', 'unbounded', 'thread pool*'],
  },
  {
    id: 'monitoring',
    label: 'Monitoring & alerting',
    colour: '#1f9e89',
    rules: ['monitor*', 'alert*', 'alarm*', 'dashboard*', 'logging', 'log entr*', 'logs', 'metric*', 'observab*', 'health check*', 'probe*', 'sensitivity', 'threshold*', 'paging', 'grafana', 'prometheus', 'sentry', 'cloudwatch', 'datadog', 'pagerduty', 'tracing', 'telemetry', 'visib*', 'detect*', 'exporter', 'statistics', 'cadvisor', 'signals'],
  },
  {
    id: 'capacity',
    label: 'Capacity & scaling',
    colour: '#5b8c2a',
    rules: ['capacity', 'headroom', 'autoscal*', 'scaling', 'quota*', 'limit*', 'load shedding', 'throttl*', 'rate limit*', 'fan-out', 'payload*', 'pub/sub', 'reduce our use', 'load', 'overload*', 'connection pool*', 'disk space', 'http requests', 'guaranteed', 'resources', 'concurren*', 'distribute traffic'],
  },
  {
    id: 'timeouts-retries',
    label: 'Timeouts & retries',
    colour: '#d64545',
    rules: ['timeout*', 'time out', 'retry*', 'retries', 'backoff', 'back-off', 'circuit breaker*', 'retry storm*'],
  },
  {
    id: 'failover',
    label: 'Failover & isolation',
    colour: '#3a7ca5',
    rules: ['failover', 'fail over', 'isolation', 'regionally isolated', 'redundan*', 'disaster recovery', 'multi-region', 'round-robin', 'multiple jupyterhubs', 'self-healing', 'high availability'],
  },
  {
    id: 'dependency-isolation',
    label: 'Dependency isolation',
    colour: '#6d63c9',
    rules: ['dependenc*', 'depend on', 'rely on', 'relies on', 'no longer rel*', 'off of', 'decoupl*', 'blast radius', 'third-party', 'third party', 'external cluster', 'offboard*', 'failure domains', 'separation', 'separate cluster', 'shared dependency'],
  },
  {
    id: 'config-management',
    label: 'Configuration & versions',
    colour: '#a0672e',
    rules: ['config*', 'version*', 'pin', 'pinned', 'pinning', 'drift', 'upgrade*', 'chart', 'hardcod*', 'setting*', 'opt in', 'opt-in', 'environment variable*', 'ami', 'preview feature', 'qos'],
  },
  {
    id: 'data-durability',
    label: 'Data & backups',
    colour: '#2f8f5b',
    rules: ['database*', 'replicat*', 'backup*', 'restore*', 'data loss', 'snapshot*', 'consistency', 'mainnet state', 'read/write', 'old logs', 'index and the database'],
  },
  {
    id: 'runbooks-training',
    label: 'Runbooks & response',
    colour: '#c05621',
    rules: ['runbook*', 'playbook*', 'training', 'drill*', 'documentation', 'document*', 'wiki', 'learning path', 'incident response', 'escalation*', 'on-call', 'instructions', 'guide', 'guides', 'incident report', 'identify unhealthy'],
  },
  {
    id: 'communication',
    label: 'Communication',
    colour: '#0e8fa0',
    rules: ['communicat*', 'status page', 'reach out', 'announce*', 'notify customers', 'customer notification*'],
  },
  {
    id: 'security',
    label: 'Security',
    colour: '#b83280',
    rules: ['security', 'certificate*', 'credential*', 'secret*', 'token*', 'access control', 'permission*', '2fa', 'sms fallback', 'rbac', 'branch protection', 'password*', 'expiration', 'encrypt*', 'public registry'],
  },
  {
    id: 'tooling-automation',
    label: 'Tooling & safeguards',
    colour: '#6b7f2a',
    rules: ['automat*', 'tooling', 'tool', 'tools', 'script*', 'guardrail*', 'safeguard*', 'harden*', 'shell configuration', 'auto-fix', 'auto-deploy', 'self-hosting', 'bundle', 'deployer', 'solution to detect'],
  },
  {
    id: 'code-fix',
    label: 'Code fixes',
    colour: '#8a6d3b',
    rules: ['fix the code', 'fixed the code', 'bug*', 'defect*', 'error handling', 'handling of', 'compatib*', 'code path*', 'crash*', 'exit when', 'node restart', 'known fixes', '400 responses', 'structured in a way', 'fix for the broken'],
  },
  { id: 'other', label: 'Other', colour: '#7c8591', rules: [] },
];

const FAILURE: ThemeSeed[] = [
  { id: 'bad-deploy', label: 'Bad deploy', colour: '#e0633a', rules: ['deployed a hotfix', 'deployment of', 'previous day\'s deployment', 'rolled back', 'reverted', 'roll back', 'rollback', 'bad deploy*', 'broken deploy*', 'new release'] },
  { id: 'config-error', label: 'Configuration error', colour: '#b8811a', rules: ['misconfigur*', 'configuration change', 'config change', 'configuration file', 'wrong config*', 'incorrect config*'] },
  { id: 'staging-production-gap', label: 'Staging/production gap', colour: '#4d8fcc', rules: ['did not manifest in staging', 'not in staging', 'staging and preprod', 'staging environment', 'differ* from production'] },
  { id: 'canary-gap', label: 'Canary gap', colour: '#9b6bd6', rules: ['canary'] },
  { id: 'lock-contention', label: 'Lock contention', colour: '#c4527e', rules: ['lock', 'deadlock*', 'contention', 'mutex'] },
  { id: 'relay-loop', label: 'Relay or routing loop', colour: '#d94f8a', rules: ['relay loop*', 'circular relay', 'routing loop*', 'circular dependenc*'] },
  { id: 'resource-leak', label: 'Memory or resource leak', colour: '#a86b14', rules: ['memory leak*', 'leaked memory', 'leak*', 'out-of-memory', 'oom'] },
  { id: 'capacity-exhaustion', label: 'Capacity exhaustion', colour: '#6f9a2e', rules: ['capacity', 'memory usage', 'out of space', 'disk space', 'overwhelm*', 'exhaust*', 'saturat*', 'high cpu', 'cpu usage', 'swamp*'] },
  { id: 'network-partition', label: 'Network partition', colour: '#2a6f97', rules: ['lost connectivity', 'partition*', 'isolated', 'unable to connect'] },
  { id: 'network-degradation', label: 'Network degradation', colour: '#468faf', rules: ['network deteriorat*', 'transmission speed', 'packet loss', 'network latency', 'network degrad*', 'networking issue'] },
  { id: 'false-positive-detection', label: 'False positive detection', colour: '#7b61c4', rules: ['false positive*', 'falsely detected'] },
  { id: 'dependency-failure', label: 'Dependency failure', colour: '#5a67d8', rules: ['dependenc*', 'depend on', 'rely on', 'message bus', 'third-party', 'upstream', 'provider outage', 'github outage', 'jetstream'] },
  { id: 'retry-storm', label: 'Retry storm', colour: '#d53f3f', rules: ['retry storm*', 'retries', 'retry amplification', 'overly-eager internal retries', 'thundering herd'] },
  { id: 'cross-region-coupling', label: 'Cross-region coupling', colour: '#319795', rules: ['spread to other regions', 'other regions', 'global outage', 'cross-region', 'additional regions'] },
  { id: 'database-failure', label: 'Database failure', colour: '#2c7a4b', rules: ['database', 'replication lag', 'db server'] },
  { id: 'certificate-expiry', label: 'Certificate expiry', colour: '#b7469a', rules: ['certificate expir*', 'expired certificate*', 'cert expir*', 'tls certificate'] },
  { id: 'dns', label: 'DNS', colour: '#3182ce', rules: ['dns'] },
  { id: 'hardware-failure', label: 'Hardware failure', colour: '#8b5e34', rules: ['hardware', 'disk failure', 'power', 'cooling', 'faulty node'] },
  { id: 'human-error', label: 'Human error', colour: '#dd6b20', rules: ['operator error', 'human error', 'unintentionally', 'accidentally', 'by mistake', 'manual step'] },
  { id: 'software-bug', label: 'Software bug', colour: '#718096', rules: ['bug', 'defect', 'regression'] },
];

export const DEFAULT_THEMES: Theme[] = [
  ...REMEDIATION.map((t): Theme => ({ ...t, kind: 'remediation', retired: false })),
  ...FAILURE.map((t): Theme => ({ ...t, kind: 'failure', retired: false })),
];
