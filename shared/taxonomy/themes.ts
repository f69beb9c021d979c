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
    rules: ['test*', 'load test*', 'staging', 'pre-production', 'preprod', 'simulat*', 'chaos', 'fault injection', 'smoke test*', 'e2e', 'end-to-end', 'validate', 'validates', 'validated', 'validating', 'validation*', 'schema validator*', 'input validator*', 'config validator*', 'verification', 'dry run', 'qa', 'pre-flight', 'preflight', 'lint*', 'sanity check*', 'schema check*', 'coverage', 'stress test*', 'rehears*', 'ci', 'ci pipeline*', 'continuous integration', 'presubmit*', 'pre-submit*', 'pre-merge', 'pre-deploy*', 'exercise', 'exercised'],
  },
  {
    id: 'canary',
    label: 'Canaries & progressive rollout',
    colour: '#8e5cd9',
    rules: ['canary', 'canaries', 'progressive', 'progressively', 'progressive rollout*', 'staged rollout*', 'gradual*', 'blue/green', 'blue-green', 'feature flag*', 'feature toggle*', 'regional rollout*', 'phased rollout*', 'incremental rollout*', 'automatic rollback*', 'percentage of traffic', 'kill switch*'],
  },
  {
    id: 'deployment-process',
    label: 'Deployment process',
    colour: '#cc7722',
    rules: ['deployment process*', 'deploy process*', 'deployment pipeline*', 'deploy pipeline*', 'release process*', 'release*', 'hotfix*', 'sign-off*', 'sign off', 'code review*', 'change review*', 'review process*', 'rollback*', 'roll back', 'change freeze', 'freeze', 'change management', 'branch protection', 'pull request*', 'approv*', 'cherry-pick*', 'rollout*', 'roll out', 'merge*', 'deploy*', 'maintenance', 'coding standard*', 'promote', 'promoting', 'time slot*', 'migration process*', 'migration window*', 'upgrade*'],
  },
  {
    id: 'relay-loop-prevention',
    label: 'Relay & routing loops',
    colour: '#c2417a',
    rules: ['relay loop*', 'circular relay*', 'routing loop*', 'forwarding loop*', 'circular', 'loop detection', 'loop prevention', 'track lookup', 'route lookup'],
  },
  {
    id: 'memory-leak',
    label: 'Memory & resource leaks',
    colour: '#b7791f',
    rules: ['leak*', 'memory usage', 'memory growth', 'memory consumption', 'memory pressure', 'memory footprint', 'heap', 'garbage collect*', 'oom', 'out of memory', 'reclaim*', 'goroutine*', 'unbounded', 'thread pool*', 'file descriptor*', 'handles'],
  },
  {
    id: 'monitoring',
    label: 'Monitoring & alerting',
    colour: '#1f9e89',
    rules: ['monitor*', 'alert*', 'alarm*', 'dashboard*', 'logging', 'log entr*', 'logs', 'metric*', 'observab*', 'health check*', 'probe*', 'sensitivity', 'threshold*', 'paging', 'tracing', 'telemetry', 'visib*', 'detect*', 'statistics', 'instrument*', 'synthetic*', 'healthcheck*', 'error rate*', 'failure rate*', 'success rate*', 'slo', 'slos', 'sli', 'slis', 'sentry', 'track down', 'pagerduty', 'datadog', 'grafana', 'prometheus', 'error track*', 'status tracking', 'delivery status*', 'delivery state*'],
  },
  {
    id: 'capacity',
    label: 'Capacity & scaling',
    colour: '#5b8c2a',
    rules: ['capacity', 'headroom', 'autoscal*', 'scaling', 'scale', 'quota*', 'limit*', 'load shedding', 'throttl*', 'rate limit*', 'fan-out', 'payload*', 'overload*', 'connection pool*', 'disk space', 'concurren*', 'distribute demand', 'distribute traffic', 'load balanc*', 'workload*', 'demand', 'shard*', 'resources', 'resource usage', 'load', 'high load', 'peak load', 'reduce the number', 'reduce our use', 'reduce the use', 'reduce usage', 'reduce our usage', 'performance', 'heavy load*', 'more memory', 'ram', 'cpu', 'more nodes', 'additional nodes', 'scale out', 'scale up', 'instance size*', 'larger instance*', 'prioriti*', 'efficien*', 'memory request*', 'memory limit*', 'hardware', 'burst of traffic', 'traffic burst*', 'hpa', 'per second', 'pacing', 'paced'],
  },
  {
    id: 'timeouts-retries',
    label: 'Timeouts & retries',
    colour: '#d64545',
    rules: ['timeout*', 'time out', 'time budget*', 'deadline*', 'retry*', 'retries', 'backoff', 'back-off', 'circuit breaker*', 'retry storm*', 'connection resilien*'],
  },
  {
    id: 'failover',
    label: 'Failover & isolation',
    colour: '#3a7ca5',
    rules: ['failover', 'fail over', 'fallback*', 'fall back', 'isolation', 'isolated', 'redundan*', 'disaster recovery', 'multi-region', 'second region', 'round-robin', 'self-healing', 'high availability', 'standby', 'resilien*', 'n+1', 'n+2', 'multiple regions', 'other regions', 'geo-redundan*', 'geographic*', 'active-active', 'active-passive', 'interdependenc*', 'multi-provider', 'healthy stack', 'traffic away', 'offsite', 'off-site'],
  },
  {
    id: 'dependency-isolation',
    label: 'Dependency isolation',
    colour: '#6d63c9',
    rules: ['dependenc*', 'depend on', 'depends on', 'rely on', 'relies on', 'reliance', 'no longer rel*', 'off of', 'decoupl*', 'blast radius', 'third-party', 'third party', 'offboard*', 'failure domain*', 'separate cluster*', 'independent source*', 'shared infrastructure', 'single point of failure', 'external cluster*', 'dedicated cluster*', 'dedicated infrastructure', 'isolate', 'isolates', 'isolating', 'separate', 'separated', 'separating', 'partitioned', 'partitioning', 'cellulari*', 'cell-based', 'cell architecture', 'independent infrastructure', 'independent of', 'completely independent', 'multi-provider', 'second provider', 'another provider', 'upstream service*', 'independen*', 'dedicated pool*'],
  },
  {
    id: 'config-management',
    label: 'Configuration & versions',
    colour: '#a0672e',
    rules: ['config*', 'version*', 'pin', 'pinned', 'pinning', 'drift', 'hardcod*', 'setting*', 'environment variable*', 'immutab*', 'helm', 'base image*', 'image tag*', 'opt in', 'opt-in', 'opt out', 'ami', 'machine image*', 'qos', 'reconfigur*', 'ttl', 'ttls', 'dns', 'iac', 'infrastructure as code', 'terraform', 'pulumi', 'automatic updates', 'auto-update*', 'default value*', 'default setting*'],
  },
  {
    id: 'data-durability',
    label: 'Data & backups',
    colour: '#2f8f5b',
    rules: ['database*', 'replicat*', 'backup*', 'restore*', 'data loss', 'snapshot*', 'consistency', 'data integrity', 'corrupt*', 'durab*', 'read-only', 'schema*', 'table', 'tables', 'data migration*', 'backfill*', 'storage', 'bucket*', 'persist*', 'queue-backed'],
  },
  {
    id: 'runbooks-training',
    label: 'Runbooks & response',
    colour: '#c05621',
    rules: ['runbook*', 'playbook*', 'training', 'drill*', 'documentation', 'documented', 'documenting', 'document the', 'document our', 'document how', 'document what', 'document why', 'document all', 'document each', 'document ways', 'document clear', 'document for', 'documents', 'wiki', 'incident response', 'escalation*', 'on-call', 'instructions', 'guide', 'guides', 'guidance', 'procedure*', 'postmortem process', 'response process', 'incident report*', 'postmortem*', 'learning', 'onboarding', 'knowledge shar*', 'onboard*', 'familiari*', 'knowledge transfer*', 'checklist*', 'sop', 'sops', 'standard operating procedure*', 'educat*', 'trainings', 'post mortem', 'post-mortem*', 'retrospective*', 'lessons learned', 'decision-making', 'troubleshoot*', 'policy', 'policies'],
  },
  {
    id: 'communication',
    label: 'Communication',
    colour: '#0e8fa0',
    rules: ['communicat*', 'status page', 'status updates', 'health dashboard', 'reach out', 'announce*', 'notify customers', 'notify users', 'customer notification*', 'user notification*', 'notification to users', 'customers informed', 'inform customers', 'report to customers', 'contact the', 'contacted', 'reimburs*', 'notified', 'inform the', 'inform affected', 'affected users', 'affected customers', 'transparen*', 'informative', 'inform users', 'social media', 'feedback', 'blog', 'blog post*', 'liais*', 'work with customers', 'cross-team'],
  },
  {
    id: 'security',
    label: 'Security',
    colour: '#b83280',
    rules: ['security', 'certificate*', 'credential*', 'secret*', 'token*', 'access control', 'permission*', '2fa', 'mfa', 'rbac', 'password*', 'encrypt*', 'authenticat*', 'vulnerab*', 'least privilege', 'branch protection', 'required review*', 'renewal*', 'key rotation', 'signing key*', 'api key*', 'encryption key*', 'jwks', 'jwt*', 'waf', 'web application firewall*', 'ddos', 'bug bounty', 'firewall*', 'forbidden', 'row level security', 'rls', 'ssl', 'tls', 'acme', 'cert', 'certs', 'exploit*', 'attack*', 'manipulat*', 'malicious', 'fraud*', 'law enforcement', 'stolen', 'theft', 'ssh', 'vpn', 'bastion*', 'jumpbox*', 'pii', 'privacy', 'private repo*', 'gpg', 'compromis*', 'nftables', 'iptables', 'threat model*', 'abuse', 'abusive', 'crawler*', 'personal data', 'disclosure', 'bug bounty program*', 'security audit*'],
  },
  {
    id: 'tooling-automation',
    label: 'Tooling & safeguards',
    colour: '#6b7f2a',
    rules: ['automat*', 'tooling', 'tool', 'tools', 'script*', 'guardrail*', 'safeguard*', 'harden*', 'self-service', 'auto-remediat*', 'manual step*', 'manual process*', 'utility', 'utilities', 'pre-commit', 'hook', 'hooks', 'auto-fix*', 'cli', 'admin dashboard*', 'admin tool*', 'internal tool*'],
  },
  {
    id: 'code-fix',
    label: 'Code fixes',
    colour: '#8a6d3b',
    rules: ['fix the code', 'fixed the code', 'bug*', 'defect*', 'error handling', 'handle errors', 'handling of', 'compatib*', 'code path*', 'codepath*', 'crash*', 'exception*', 'regression*', 'patch*', 'refactor*', 'race condition*', 'edge case*', 'fix', 'fixes', 'fixing', 'fixed', 'failure mode*', 'error condition*', 'behavior', 'behaviour', 'inefficient*', 'required field*', 'missing field*', 'clamp*', 'lower bound*', 'upper bound*', 'bounds check*', 'divergence check*', 'smart contract*', 'contract logic', 'efficien*'],
  },
  { id: 'other', label: 'Other', colour: '#7c8591', rules: [] },
];

const FAILURE: ThemeSeed[] = [
  { id: 'bad-deploy', label: 'Bad deploy', colour: '#e0633a', rules: ['bad deploy*', 'broken deploy*', 'faulty deploy*', 'deployment of', 'new release', 'new version', 'hotfix', 'rolled back', 'reverted', 'roll back', 'rollback', 'regression introduced'] },
  { id: 'config-error', label: 'Configuration error', colour: '#b8811a', rules: ['misconfigur*', 'configuration change', 'config change', 'configuration file', 'configuration value*', 'wrong config*', 'incorrect config*', 'invalid config*'] },
  { id: 'staging-production-gap', label: 'Staging/production gap', colour: '#4d8fcc', rules: ['not in staging', 'in staging', 'staging environment', 'test environment*', 'differ* from production', 'not reproduc*', 'only in production', 'lower environment*'] },
  { id: 'canary-gap', label: 'Canary gap', colour: '#9b6bd6', rules: ['canary', 'canaries'] },
  { id: 'lock-contention', label: 'Lock contention', colour: '#c4527e', rules: ['lock', 'locks', 'deadlock*', 'contention', 'mutex'] },
  { id: 'relay-loop', label: 'Relay or routing loop', colour: '#d94f8a', rules: ['relay loop*', 'circular relay', 'routing loop*', 'circular dependenc*'] },
  { id: 'resource-leak', label: 'Memory or resource leak', colour: '#a86b14', rules: ['memory leak*', 'leaked memory', 'leak*', 'out-of-memory', 'out of memory', 'oom'] },
  { id: 'capacity-exhaustion', label: 'Capacity exhaustion', colour: '#6f9a2e', rules: ['capacity', 'memory usage', 'out of space', 'disk space', 'disk full', 'overwhelm*', 'exhaust*', 'saturat*', 'high cpu', 'cpu usage', 'overload*', 'connection limit*', 'resource starvation'] },
  { id: 'network-partition', label: 'Network partition', colour: '#2a6f97', rules: ['lost connectivity', 'partition*', 'isolated', 'unable to connect', 'unreachable'] },
  { id: 'network-degradation', label: 'Network degradation', colour: '#468faf', rules: ['network deteriorat*', 'packet loss', 'network latency', 'network degrad*', 'network congestion', 'networking issue*', 'network issue*', 'degraded network'] },
  { id: 'false-positive-detection', label: 'False positive detection', colour: '#7b61c4', rules: ['false positive*', 'falsely detected', 'incorrectly detected', 'incorrectly marked'] },
  { id: 'dependency-failure', label: 'Dependency failure', colour: '#5a67d8', rules: ['dependenc*', 'depend on', 'rely on', 'relied on', 'message bus', 'third-party', 'third party', 'upstream', 'provider outage', 'provider recovered', 'vendor', 'outage at', 'outage of'] },
  { id: 'retry-storm', label: 'Retry storm', colour: '#d53f3f', rules: ['retry storm*', 'retries', 'retry amplification', 'thundering herd', 'reconnection traffic', 'reconnect storm*'] },
  { id: 'cross-region-coupling', label: 'Cross-region coupling', colour: '#319795', rules: ['other regions', 'all regions', 'multiple regions', 'global outage', 'cross-region', 'additional regions', 'across regions'] },
  { id: 'database-failure', label: 'Database failure', colour: '#2c7a4b', rules: ['database', 'replication lag', 'db server', 'primary database', 'database connectivity'] },
  { id: 'certificate-expiry', label: 'Certificate expiry', colour: '#b7469a', rules: ['certificate expir*', 'expired certificate*', 'cert expir*', 'tls certificate', 'ssl certificate'] },
  { id: 'dns', label: 'DNS', colour: '#3182ce', rules: ['dns'] },
  { id: 'hardware-failure', label: 'Hardware failure', colour: '#8b5e34', rules: ['hardware', 'disk failure', 'power', 'cooling', 'faulty node*', 'faulty host*', 'failed host*', 'machine failure'] },
  { id: 'human-error', label: 'Human error', colour: '#dd6b20', rules: ['operator error', 'human error', 'unintentionally', 'accidentally', 'by mistake', 'manual step', 'manual change', 'typo'] },
  { id: 'software-bug', label: 'Software bug', colour: '#718096', rules: ['bug', 'bugs', 'defect', 'regression'] },
];

export const DEFAULT_THEMES: Theme[] = [
  ...REMEDIATION.map((t): Theme => ({ ...t, kind: 'remediation', retired: false })),
  ...FAILURE.map((t): Theme => ({ ...t, kind: 'failure', retired: false })),
];
