/** Kind and confidence of an item, from its wording (and an action table's own Type column). */
import type { ItemKind } from '../model';
import type { Candidate } from './candidates';
import { fold } from './language';

const INVESTIGATE = /\b(?:conduct\w*|perform\w*|carry\w*\s+out)\s+(?:a\s+|an\s+)?(?:detailed\s+|thorough\s+|full\s+|deep\s+)?(?:analysis|audit|review|investigation|root\s+cause)|^(?:continu\w*\s+to\s+)?(?:investigat\w*|audit\w*|examin\w*|review\w*\s+(?!and\b)|figure\s+out|identify\s+(?:the\s+)?(?:reason|root|cause|why|whether)|determine|explor\w*|evaluat\w*|assess\w*|look\s+into|find\s+out|discuss\w*|schedul\w*\s+a\s+discussion|research\w*|understand|analy[sz]\w*|review\s+whether|consider\w*|spike\s+on)\b|\binvestigate\s+(?:whether|why|how|if)\b|^(?:work\w*\s+on\s+)?figur\w*\s+out\b|\bcheck\w*\s+(?:how|whether|if|why)\b|\btriag\w*/i;
const PROCESS = /\b(?:document(?:ing|ation|ed|s)?|comms|roles?\s+on|[@#][\w-]+\s+role|owners\s+file|bug\s+bount\w*|subscrib\w*\s+to|runbooks?|playbooks?|wiki|training|learning|onboarding|drills?|guidelines?|rules\s+on|checklists?|sign-?offs?|mandat\w*|hotfix(?:es)?|approv\w*|communicat\w*|reach\s+out|request(?:ed)?\s+(?:all\s+)?(?:[\w-]+\s+){0,3}(?:to\s+)?(?:review|rotate|enable|prune|update)|incident\s+report|when\s+we|process(?:es)?\s+for|release\s+process|review\s+process|escalation\s+(?:path|polic)\w*|change\s+(?:freeze|management)|code\s+review\s+(?:policy|rules)|coding\s+standards?|capacity\s+planning|procedures?|(?:operational\s+)?guidance|observation\s+period|report\s+to\s+(?:customers|users)|manual(?:ly)?\s+test\w*)\b/i;
const MITIGATE = /\b(?:recover\w*\s+more\s+quickly|faster\s+(?:recovery|rollback|resolution|failover|mitigation)|resolve\s+issues\s+faster|during\s+(?:an?\s+)?(?:incidents?|recovery|outages?)|recovery\s+(?:time|surges?)|blue[/-]green|fail\s?over|feature\s+flags?|kill\s+switch(?:es)?|resilien\w*|rollback\s+(?:mechanism|capabilit\w*)|graceful(?:ly)?\s+degrad\w*|reduc\w+\s+(?:the\s+)?(?:impact|blast\s+radius)|blast\s+radius|distribute\s+traffic|protection\s+against|runtime\s+configuration|disabled?\s+the\s+(?:\w+\s+)?feature|rapid\s+\w+|load\s+shedding|time\s+to\s+(?:recover|mitigate)|circuit\s+breakers?|(?:out\s+of|from)\s+(?:the\s+)?(?:rotation|load\s+balancer|pool)|(?:safer|faster|automated)\s+(?:\w+\s+){0,2}recovery|recovery\s+(?:tooling|tools|automation|procedures?)|backfill\w*|retry\s+logic|distribute\s+(?:demand|load|traffic)|fall\s?backs?)\b/i;
/** Recovery tooling: restoring from snapshots, isolating a part from the rest. */
const RECOVERY = /\b(?:snapshots?|restor\w*\s+(?:[\w-]+\s+){0,3}(?:from|to)|isolat\w*\s+(?:[\w-]+\s+){0,4}from)\b/i;
const DETECT = /\b(?:monitor\w*|warn\w*\s+(?:us|the\s+team|operators|engineers|on-?call)|early\s+warnings?|uptime\s*robot|push\s+notifications|alert\w*|alarms?|dashboards?|logging|log\s+entr\w*|(?:collect|add|more|centrali[sz]e|ship|aggregate)\s+(?:\w+\s+)?logs|observab\w*|metrics?|paging|page\s+(?:the|on-call|on|when|if)|grafana|prometheus|sentry|cloudwatch|datadog|pagerduty|telemetry|tracing|visib\w*|detect\w*\s+(?:\w+\s+){0,4}(?:earlier|sooner|promptly|quickly|proactively|faster)|earl(?:y|ier)\s+detection|verification\s+step|statistics|synthetic\s+(?:checks?|probes?|tests?)|health\s?-?checks?|(?:improv\w*|add\w*|better|faster|earlier)\s+detection|track\w*\s+(?:[\w-]+\s+){0,3}(?:rates?|errors?|failures?|latency|usage))\b/i;
/** The action's main verb, once "we will", "our X team has" and the like are set aside. */
const SUBJECT_PREFIX = /^(?:finally,?\s+|also,?\s+|additionally,?\s+|in\s+the\s+future,?\s+)?(?:(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers)|the\s+team)\s+(?:will\s+|'ll\s+|shall\s+|should\s+|must\s+|need\s+to\s+|are\s+|is\s+|have\s+|has\s+)?(?:also\s+|now\s+|be\s+|going\s+to\s+|gradually\s+|therefore\s+|currently\s+|actively\s+|further\s+|still\s+)*)?/i;

/** `title` is the action in the imperative, where a leading "Investigate ..." is plain to see. */
export function classifyKind(candidate: Candidate, wording: string, title?: string): ItemKind {
  const text = fold(wording);
  const action = title === undefined ? text.replace(SUBJECT_PREFIX, '') : fold(title);
  if (INVESTIGATE.test(action)) return 'investigate';
  if (RECOVERY.test(text)) return 'mitigate';
  if (PROCESS.test(text)) return 'process';
  if (MITIGATE.test(text)) return 'mitigate';
  if (DETECT.test(text)) return 'detect';
  return candidate.kindHint ?? 'prevent';
}

const CONFIDENCE: Record<Candidate['strength'], number> = {
  listed: 0.9,
  firm: 0.8,
  done: 0.65,
  'planned-passive': 0.6,
  state: 0.55,
  need: 0.5,
  none: 0.3,
};

export function confidenceOf(candidate: Candidate): number {
  if (candidate.source === 'table' || candidate.source === 'list') return 0.9;
  if (candidate.source === 'lessons') return 0.6;
  return CONFIDENCE[candidate.strength];
}
