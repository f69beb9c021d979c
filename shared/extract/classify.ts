/** Kind and confidence of an item, from its wording (and an action table's own Type column). */
import type { ItemKind } from '../model';
import type { Candidate } from './candidates';
import { fold } from './language';

const INVESTIGATE = /\b(?:conduct\w*|perform\w*|carry\w*\s+out)\s+(?:a\s+|an\s+)?(?:(?!code\b|peer\b|design\b)[\w-]+\s+){0,2}(?:analysis|audit|review|investigation|root\s+cause|assessment|forensics?)|^(?:work\w*|partner\w*|engag\w*|hir\w*|bring\w*\s+in)\b[^.]{0,80}?\bto\s+(?:help\s+)?(?:investigat|analy[sz]|audit|assess)\w*|^(?:continu\w*\s+to\s+)?(?:investigat\w*|verify\s+(?!that\b)|audit\w*|examin\w*|review\w*\s+(?!and\b|(?:(?:our|the|all|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:runbooks?|playbooks?|process(?:es)?|procedures?|practices?|documentation|polic(?:y|ies)|checklists?|guidelines?|training)\b)|figure\s+out|identify\s+(?:the\s+)?(?:reason|root|cause|why|whether|which|what|where|how)|determine|explor\w*|evaluat\w*|assess\w*|look\s+into|find\s+out|discuss\w*|schedul\w*\s+a\s+discussion|research\w*|understand|analy[sz]\w*|review\s+whether|consider\w*|spike\s+on|stud(?:y|ies|ying)\b(?!\s+up)|(?:manually\s+)?inspect\w*|decid\w*\s+(?:whether|if|how|which|between)|complete\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:analysis|investigation)|deep[- ]?div\w*|benchmark\w*|quantif\w*|(?:run|do|perform)\s+(?:an?\s+)?(?:experiments?|spike|investigation)|get\s+to\s+the\s+bottom|root[- ]caus\w*)\b|\b(?:will|shall|should|must|needs?\s+to)\s+(?:also\s+|then\s+|further\s+)?be\s+(?:investigat|analy[sz]|evaluat|assess|audit|examin|studi|explor|research)\w*|\binvestigate\s+(?:whether|why|how|if)\b|\broot[- ]cause\s+analys[ie]s\b|\brca\b|^(?:work\w*\s+on\s+)?figur\w*\s+out\b|\bcheck\w*\s+(?:how|whether|if|why)\b|\btriag\w*/i;
const PROCESS = /\b(?:transparen(?:t|cy)\b(?!\s+(?:prox|proxy|proxies|cach|encrypt|huge))|(?:review\w*|strengthen\w*|improv\w*|updat\w*|revis\w*|formali[sz]\w*|tighten\w*|harden\w*|extend\w*|expand\w*)\s+(?:and\s+\w+\s+)?(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}process(?:es)?\b|publish\w*\s+(?:[\w-]+\s+){0,4}(?:analysis|report|post-?mortem|findings|graph|results|retrospective)\b|publish\w*\b[^.]{0,40}\bafter\s+(?:a\s+)?review|^rehears\w*|(?:perform|run|hold|conduct|do)\w*\s+(?:[\w-]+\s+){0,2}rehearsals?|educat\w*|document(?:ing|ation|ed)|document\s+(?:the|our|how|what|why|all|each|this|these|those|any|it|them|a|an|new|known|current|clear|ways|steps|procedures?|process(?:es)?)|(?:writ\w*|creat\w*|draft\w*|publish\w*|maintain\w*|updat\w*)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}documents?|comms|roles?\s+on|[@#][\w-]+\s+role|owners\s+file|bug\s+bount\w*|subscrib\w*\s+to|runbooks?|playbooks?|wiki|trainings?|learning|working\s+groups?|task\s+force|committee|work\w*\s+with\s+(?:our\s+|affected\s+)?(?:customers|users|clients|partners)|(?:expand|grow)\w*\s+the\s+(?:[\w-]+\s+)?team|people\s+who\s+(?:understand|know)|(?:users|customers|operators|stakeholders)\s+to\s+(?:be\s+)?notif\w*|onboarding|drills?|guidelines?|rules\s+on|checklists?|sign-?offs?|mandat\w*|hotfix(?:es)?|approv\w*|communicat\w*(?!\s+(?:across|between|over|via)\b)|reach\s+out|request(?:ed)?\s+(?:all\s+)?(?:[\w-]+\s+){0,3}(?:to\s+)?(?:review|rotate|enable|prune|update)|incident[\s-]+(?:report|review|commander|management|process|response[\s-]+process)|threat\s+models?|(?:require|mandat)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:audits?|reviews?|sign-?offs?|approvals?)\s+(?:before|prior\s+to|for\s+(?:all|every|any))|post-?mortems?|retrospectives?|process(?:es)?\s+for|polic(?:y|ies)\s+(?:of|that|requiring)\b|(?:adopt|introduc|establish|defin|writ|enforc)\w*\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?polic(?:y|ies)|peer\s+reviews?|coordinat\w*|on-?call\s+(?:rotations?|training|process|schedules?|handbook|staffing|coverage)|handbook|knowledge\s+(?:base|shar\w*)|tabletop|game\s?days?|war-?gam\w*|blog\s+posts?|liais\w*|collaborat\w*|(?:hold|schedul|run|conduct|organi[sz])\w*\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,2}(?:reviews?|meetings?|retro\w*|workshops?)|track\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:follow-?ups?|work|improvements|progress)|risk\s+assessments?|workshops?|redact\w*|(?:ownership|owners?)\s+(?:for|of|to)\b|announce\w*|notif\w*\s+(?:all\s+|affected\s+|our\s+)?(?:users|customers|collaborators|stakeholders|subscribers)|status\s+page|(?:maintenance|change|deploy\w*|release)\s+windows?|enforc\w*\s+(?:the\s+)?(?:usage|use)\s+of|(?:deployment|engineering|operational|release|change|safe\s+deployment)\s+practices?|(?:weekly|monthly|quarterly|daily|operations?|ops|service)\s+(?:operations\s+)?review(?:\s+meetings?)?|freez\w*\s+(?:production|deploy\w*|releases?|changes)|(?:deploy\w*|release|code)\s+freeze|sops?|standard\s+operating\s+procedures?|(?:avoid|never|no\s+more|only)\b[^.]{0,80}\bunless\b|(?:stay|keep\s+\w+|remain)\s+aware|on\s+(?:a\s+)?(?:fridays?|weekends?|holidays?)|release\s+process|review\s+process|escalation\s+(?:path|polic)\w*|change\s+(?:freeze|management)|code\s+review\s+(?:policy|rules)|coding\s+standards?|capacity\s+planning|procedures?|(?:operational\s+)?guidance|observation\s+period|(?:defin|set|agree|establish|document)\w*\b[^.]{0,120}\bslos?\b|(?:book|reserve|allocate|dedicate)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}(?:slots?|time|windows?|hours?)\b|\b(?:teams?|engineers|staff|people|on-?call)\s+(?:should\s+be|are|is|to\s+be)\s+able\s+to|enabl\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:teams?|engineers|staff)\s+to|report\s+to\s+(?:customers|users)|manual(?:ly)?\s+test\w*|onboard\w*|law\s+enforcement|(?:fil|submit)\w*\s+(?:[\w-]+\s+){0,2}reports?|reports?\s+(?:to\s+be\s+|will\s+be\s+)?filed|contact\w*\s+(?:the\s+)?(?:affected|impacted|owners?|users|customers|holders)|(?:be|been|are|were)\s+contacted)\b/i;
const MITIGATE = /\b(?:recover\w*\s+more\s+quickly|(?:more|multiple|additional|second(?:ary)?|alternat\w*|backup)\s+(?:[\w-]+\s+)?(?:providers?|vendors?|cdns?|suppliers?)|multi-?(?:provider|cdn|vendor)|switchable|flip\s+of\s+a\s+switch|(?:seconds|minutes)\s+(?:instead|rather)\s+(?:of|than)\s+(?:minutes|hours)|accelerat\w*\s+(?:[\w-]+\s+){0,2}(?:and\s+)?recovery|stagger\w*|faster\s+(?:recovery|rollback|resolution|failover|mitigation)|resolve\s+issues\s+faster|during\s+(?:an?\s+)?(?:incidents?|recovery|outages?)|recovery\s+(?:time|surges?)|blue[/-]green|fail\s?over|feature\s+flags?|kill\s+switch(?:es)?|resilien\w*|rollback\s+(?:mechanism|capabilit\w*)|graceful(?:ly)?\s+degrad\w*|reduc\w+\s+(?:the\s+)?(?:impact|blast\s+radius)|blast\s+radius|distribute\s+traffic|protection\s+against|runtime\s+configuration|disabled?\s+the\s+(?:\w+\s+)?feature|rapid\s+\w+|load\s+shedding|time\s+to\s+(?:recover|mitigate)|circuit\s+breakers?|(?:out\s+of|from)\s+(?:the\s+)?(?:rotation|load\s+balancer|pool)|(?:safer|faster|automated)\s+(?:\w+\s+){0,2}recovery|recovery\s+(?:tooling|tools|automation|procedures?)|backfill\w*|retry\s+logic|distribute\s+(?:demand|load|traffic)|fall\s?backs?|redundan\w*|n\+\d|high(?:ly)?[- ]availab\w*|standby|hot\s+spares?|rate[- ]limit\w*|throttl\w*|traffic\s+prioriti[sz]\w*|prioriti[sz]\w*\s+(?:\w+\s+){0,2}traffic|block\w*\s+(?:\S+\s+){0,4}traffic|time\s+budgets?|(?:reduc\w*|shorten\w*|cut\w*|minimi[sz]\w*)\s+(?:the\s+)?time\s+(?:needed\s+|required\s+|it\s+takes\s+)?to\s+(?:revert|recover|roll\s?back|restore|mitigate|fail\s?over|repair|resolve)|rollback\s+(?:tool\w*|automation)|(?:faster|quicker|automat\w*)\s+rollbacks?|emergency\s+(?:ability|access|procedures?|switch\w*|mode|bypass)|ability\s+to\s+(?:quickly\s+)?(?:take|move|route|shift|switch|disable|bypass|roll\s?back|revert|fail\s?over|drain)|(?:limit|reduc\w*|minimi[sz]\w*|contain\w*|lessen\w*)\s+(?:the\s+|any\s+)?(?:future\s+)?(?:wider\s+|overall\s+|potential\s+|customer\s+|user\s+)?(?:impact|disruptions?|downtime|damage)|disconnect\w*\s+from|compensat\w*|refund\w*|(?:distribut|return|pay|credit|refund)\w*\s+(?:[\w-]+\s+){0,4}back\s+to|(?:complete|full|faster|quicker)\s+recovery|in\s+(?:the\s+)?(?:case|event)\s+of\s+(?:an?\s+|another\s+)?(?:future\s+|similar\s+)?(?:[\w-]+\s+){0,2}(?:outages?|incidents?|failures?|disruptions?)|(?:mov|shift|drain|redirect|steer)\w*\s+(?:[\w-]+\s+){0,2}traffic\s+(?:away\s+from|off|out\s+of)|halt(?:ed|ing)?\b|paus(?:e|ed|ing)\b|suspend(?:ed|ing)?\b|fails?\s+(?:safely|closed|fast|rather\s+than|instead\s+of)|fail[- ](?:safe|closed|fast)|retr(?:y|ies|ied)\s+(?:the\s+|all\s+)?failed|(?:resend|replay|redrive|reprocess|re-?run)\w*\s+(?:tools?|tooling)|tools?\s+to\s+(?:resend|replay|redrive|reprocess|re-?run))\b/i;
/** A runbook or troubleshooting guide for handling the failure when it happens: faster recovery, not a change of process. */
const RESPONSE_AID = /\b(?:runbooks?|playbooks?|troubleshooting\s+guides?|(?:incident\s+)?response\s+plans?)\b[^.]{0,100}\b(?:manag\w*|handl\w*|recover\w*|mitigat\w*|restor\w*|faster|quicker)\b/i;
/** "Consider adding ...": the kind of the action considered. */
const CONSIDER = /^consider\w*\s+(?=[a-z]+ing\b)/i;
/** "Remove/triage X": the first of two verbs joined by a slash says what is done. */
const SLASHED_VERB = /^([a-z]+)\/[a-z]+\b/i;
/** The action up to its purpose: what is done, before why ("Consolidate logs | to help on-call during an outage"). */
const PURPOSE = /\s+(?:to|so\s+that|in\s+order\s+to)\s+/i;

/** Recovery tooling: backups, replicas and mirrors, restoring from snapshots, isolating a part from the rest. */
const RECOVERY = /\b(?:snapshots?|backups?|back\s+up|(?:database\s+)?(?:replicas?|secondar(?:y|ies))|mirror\w*|withstand\w*|disaster\s+recovery|restor\w*\s+(?:[\w-]+\s+){0,3}(?:from|to)|isolat\w*\s+(?:[\w-]+\s+){0,4}from)\b/i;
const DETECT = /\b(?:monitor\w*|warn\w*\s+(?:us|the\s+team|operators|engineers|on-?call)|early\s+warnings?|uptime\s*robot|push\s+notifications|alert\w*|alarm\w*|dashboards?|logging|log\s+entr\w*|(?:collect|add|more|centrali[sz]e|ship|aggregate|consolidate)\s+(?:\w+\s+)?logs|observab\w*|metrics?|paging|page\s+(?:the|on-call|on|when|if)|grafana|prometheus|sentry|cloudwatch|datadog|pagerduty|telemetry|tracing|visib\w*|detect\w*\s+(?:\w+\s+){0,4}(?:earlier|sooner|promptly|quickly|proactively|faster)|earl(?:y|ier)\s+detection|verification\s+step|statistics|synthetic\s+(?:checks?|probes?|tests?)|black-?box\s+(?:tests?|testing|checks?|probes?|monitoring)|health\s?-?checks?|(?:improv\w*|add\w*|better|faster|earlier)\s+detection|track\w*\s+(?:[\w-]+\s+){0,3}(?:rates?|errors?|failures?|latency|usage|status|state|changes|additions)|(?:vulnerability|security)\s+scan\w*|(?:keep\w*|retain\w*|stor\w*)\s+(?:[\w-]+\s+){0,2}logs|(?:see|show|view|display|expos)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:events|errors|backlogs?|number\s+of|queue\s+(?:depth|length|size))|(?:status|state)\s+tracking|health\s+probes?|track\w*\s+down|(?:are|is|get|gets|be)\s+detected\b|detect\w*\s+(?:\w+\s+){0,4}within|(?:identify|spot|catch|notice|surface|flag|know)\w*\s+(?:[\w-]+\s+){0,5}(?:earlier|sooner|faster|quickly|promptly|proactively))\b/i;
/** Repair without people: mitigation, unless the item is as much about noticing the fault. */
const SELF_HEALING = /\b(?:auto(?:mat\w*|matic(?:ally)?)?[- ]?remediat\w*|self-?heal\w*)/i;
/** "Add rate limiter concurrency tests", "Run end-to-end smoke tests in CI": tests catch the fault before release, whatever they exercise. */
const TESTS_ADDED = /^(?:add|write|run|implement|create|introduce|expand|extend|improve|build)\w*\s+(?!(?:[\w/-]+\s+){0,3}?(?:synthetic|production)\b)(?:[\w/()-]+\s+){0,5}?(?:tests?|testing|test\s+(?:coverage|suites?|cases?))\b/i;
/** "Add monitoring for replica lag", "Improve alerting on X": watching is the action, whatever is watched. */
const WATCHING_ADDED = /^(?:monitor|alert|log|(?:add|improv|implement|set\s+up|creat|introduc|enabl|build|expand|enhanc|extend)\w*\s+(?:our\s+|more\s+|better\s+|additional\s+|new\s+|the\s+)?(?:monitoring|alert(?:s|ing)?|alarms?|dashboards?|observability|metrics|logging))\b/i;
/** Learning the system or the trade: "Read RFC 2328 ...", "Familiarise the team with ...". */
const LEARNING = /^(?:read|learn|familiari[sz]e|get\s+(?:familiar|trained))\b/i;
/** A rule people keep ("Do not migrate both nodes at once", "Never deploy on Fridays"): how they work. */
const CONDUCT = /^(?:do\s+not|don't|never|always)\s+[a-z]/i;
/** The action's main verb, once "we will", "our X team has" and the like are set aside. */
const SUBJECT_PREFIX = /^(?:finally,?\s+|also,?\s+|additionally,?\s+|in\s+the\s+future,?\s+)?(?:(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers)|the\s+team)\s+(?:will\s+|'ll\s+|shall\s+|should\s+|must\s+|need\s+to\s+|are\s+|is\s+|have\s+|has\s+)?(?:also\s+|now\s+|be\s+|going\s+to\s+|gradually\s+|therefore\s+|currently\s+|actively\s+|further\s+|still\s+)*)?/i;

/** A manner adverb or "re-" before the verb ("Comprehensively re-examine ..."): the verb after it decides the kind. */
const MANNER = /^(?:(?!(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|early|only|supply|apply|reply)\s)[a-z]{5,}ly\s+)?(?:re-(?=[a-z]))?/i;

/** `title` is the action in the imperative, where a leading "Investigate ..." is plain to see. */
export function classifyKind(candidate: Candidate, wording: string, title?: string): ItemKind {
  const text = fold(wording);
  const action = (title === undefined ? text.replace(SUBJECT_PREFIX, '') : fold(title)).replace(MANNER, '');
  const considered = action.replace(CONSIDER, '').replace(SLASHED_VERB, '$1');
  if (INVESTIGATE.test(considered)) return 'investigate';
  if (LEARNING.test(action) || CONDUCT.test(action)) return 'process';
  if (TESTS_ADDED.test(action)) return 'prevent';
  if (WATCHING_ADDED.test(action)) return 'detect';
  if (RECOVERY.test(text) || RESPONSE_AID.test(text)) return 'mitigate';
  if (PROCESS.test(text)) return 'process';
  if (MITIGATE.test(text)) {
    // Logs or alerts added "to help on-call during an outage" find the problem: the purpose does not make them mitigation.
    const head = action.split(PURPOSE)[0] ?? action;
    return DETECT.test(head) && !MITIGATE.test(head) ? 'detect' : 'mitigate';
  }
  if (DETECT.test(text)) return 'detect';
  if (SELF_HEALING.test(text)) return 'mitigate';
  if (candidate.kindHint) return candidate.kindHint;
  // "Improve our monitoring. This includes notifying the right people": an elaboration takes the kind its lead names.
  return candidate.lead ? classifyKind({ ...candidate, lead: '' }, candidate.lead) : 'prevent';
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
