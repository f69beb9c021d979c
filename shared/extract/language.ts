/**
 * The wording that tells a commitment from a description. All patterns run on folded text
 * (typographic quotes made plain, see `fold`), which keeps every offset.
 */

const FOLDED = /[’‘`´“”–—]/;
const TYPOGRAPHIC = /[’‘“”–—]/;

/** Same length as the input: only one-for-one character substitutions. */
export function fold(text: string): string {
  // Most text has none of these characters: one scan instead of three.
  if (!FOLDED.test(text)) return text;
  return foldTypography(text).replace(/[`´]/g, "'");
}

/** Typographic quotes and dashes as their plain forms; code marks (`) stay. Same length as the input. */
export function foldTypography(text: string): string {
  if (!TYPOGRAPHIC.test(text)) return text;
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

const SUBJECT = String.raw`(?:we|i|our(?:\s+[\w/&.,-]+){0,5}?\s+(?:teams?|engineers|engineering|sre|developers|staff|organi[sz]ation)|the\s+(?:\w+\s+){0,3}?team)`;

/** An action people take on systems or processes, in the -ing form. */
const ACTION_ING = String.raw`(?:adding|examining|conducting|analy[sz]ing|assessing|continuing\s+to\s+(?!monitor|investigate|work|observe)\w+|implementing|building|improving|introducing|working\s+(?:on|to|with)|rolling\s+out|developing|migrating|moving|investing|updating|changing|creating|reviewing|expanding|enhancing|auditing|adopting|deploying|establishing|exploring|evaluating|putting|taking\s+(?:steps|action)|increasing|reducing|hardening|automating|documenting|re-?architecting|revisiting|reconsidering|rethinking|extending|refining|replacing|removing|rewriting|upgrading|tightening|strengthening|prioriti[sz]ing|designing|planning|requiring|enforcing|making|setting\s+up|separating|decoupling|isolating|investigating\s+(?:ways|how|whether|options|alternatives)|looking\s+(?:at|into)\s+(?:ways|how|options|[a-z]+ing\b)|tuning|fixing|modifying|standardi[sz]ing|limiting|rebuilding|retiring|consolidating|leveraging|accelerating|completing|finishing|launching|shifting|transitioning|converting|redesigning|reworking|deprecating|restructuring|refactoring|instrumenting|piloting|partnering\s+with|standing\s+up|formali[sz]ing|simplifying|streamlining|clarifying|revising|writing|hiring|training|doing\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:audit|review|assessment|evaluation|analysis)\b)`;

/** Between a subject and its verb: a space, or nothing before a contraction ("we'll"). */
const GAP = String.raw`(?:\s+|(?='))`;

/**
 * Where SUBJECT can begin: its first word, then a space (or the apostrophe of "we'll"). A pattern that
 * opens with `\b${SUBJECT}` can only match at one of these places, and a sentence has few of them: the
 * patterns flagged `y` below are tried there alone (see `matchAtSubject`) rather than at every word.
 * "the" starts a subject only when "team" follows, so without that word it is not looked for.
 */
const SUBJECT_START = /\b(?:we|i|our|the)(?=\s|')/gi;
const FIRST_PERSON_START = /\b(?:we|i|our)(?=\s|')/gi;
const TEAM = /team/i;

const FUTURE = new RegExp(
  String.raw`\b${SUBJECT}${GAP}(?:(?:also|really|definitely|still)\s+)?(?:will|'ll|shall|(?:are|'re)\s+(?:also\s+)?going\s+to|(?:are|'re)\s+preparing\s+to|(?:am|'m)\s+going\s+to|plan\s+(?:to|on)|intend\s+to|(?:are|'re)\s+planning\s+(?:to|on)|(?:are|'re)\s+looking\s+to|(?:are|'re)\s+(?:also\s+)?looking\s+(?:at|into)\s+(?:what|how|whether|ways)\b|aim\s+to|commit\s+to|(?:are|'re)\s+committed\s+to|(?:have|'ve)\s+committed\s+to|will\s+also|will\s+be|want\s+to|(?:would|'d)\s+like\s+to)\b`,
  'i',
);
const FUTURE_AT_SUBJECT = new RegExp(FUTURE.source, 'iy');
const PROGRESSIVE = new RegExp(String.raw`\b${SUBJECT}${GAP}(?:are|'re|am|is|have\s+been)\s+(?:now\s+|also\s+|actively\s+|currently\s+|gradually\s+|already\s+|therefore\s+|further\s+|still\s+|urgently\s+)*(?:[a-z]+ly\s+)?(?:re-?)?${ACTION_ING}\b`, 'iy');
/** "We are now using an external uptime service": how the team works since the incident. */
const NOW_IN_USE = new RegExp(String.raw`\b${SUBJECT}${GAP}(?:are|'re|am|is)\s+now\s+(?:also\s+)?(?:using|running|relying\s+on|requiring|enforcing|pinning|checking|validating|alerting|paging|backing\s+up|storing|sending)\b`, 'iy');
const NEED = new RegExp(String.raw`\b${SUBJECT}\s+(?:need\s+to|needs\s+to|should|must|ought\s+to|need\s+(?:an?|more|better|some)\s+(?=[a-z]))\b`, 'iy');
/** "The bug has since been fixed", "implemented a permanent fix to the directory service": the defect itself repaired for good. */
const DEFECT_FIXED_FOR_GOOD = /\b(?:bug|defect|regression)s?\s+(?:has|have)\s+(?:since|now)\s+been\s+(?:fixed|patched|corrected|resolved)\b|\b(?:implemented|deployed|applied|rolled\s+out|shipped|released|put\s+in\s+place)\s+(?:a\s+|the\s+)?permanent\s+(?:fix|solution|remedy)\b/i;
/** "We have a mitigation that we believe will ensure ...": a remedy already in hand. */
export const REMEDY_IN_HAND = /^\s*(?:we|i)\s+(?:now\s+)?(?:have|'ve\s+got)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:mitigation|fix|workaround|safeguard|remedy|change)\s+(?:in\s+place\s+)?that\b[^.]{0,80}?\b(?:will|should|would)\s+(?:ensure|prevent|avoid|limit|stop|keep)\b/i;
const FUTURE_NEED = /\bin\s+the\s+future\s+we\s+should\b/i;
/** "The team identified several tests that can catch this in the future": safeguards found, still to add. */
export const SAFEGUARDS_FOUND = /^\s*(?:the\s+team|we|our\s+(?:engineers|team))\s+(?:have\s+|'ve\s+)?identified\s+((?:several|some|a\s+few|a\s+number\s+of|\d+|new|additional|two|three)\s+(?:[\w-]+\s+)?(?:tests|checks|alerts|monitors|safeguards|guardrails))\s+(?:that|which)\s+(?:can|could|will|would)\s+(?:catch|prevent|detect|flag)\b/i;
/** "an underlying issue that requires further investigation": an inquiry still owed. */
const FURTHER_INQUIRY = /\b(?:requires?|needs?|warrants?|merits?)\s+(?:further|more|additional|deeper)\s+(?:investigation|analysis|study|review)\b/i;
const MODAL_ANY = /\b(?:should|needs?\s+to|must|will\s+need\s+to)\b/i;
/** "The ideal deployment would be one with quick failover": under a remediation heading, the design the team is after. */
const DESIRED = /\bwould\s+(?:be|need|benefit)\b/i;
const PASSIVE_FUTURE = /\b(?:will|shall)\s+(?:also\s+)?be\s+(?:\w+ed|made|built|put|set\s+up|rolled\s+out|undertaken|rewritten|taken|done)\b/i;
/** "The bug will be fixed in the same upgrade": a passive future that names a repair, said of the defect rather than of the incident. */
const PASSIVE_REPAIR = /\b(?:will|shall)\s+(?:also\s+)?be\s+(?:fixed|patched|corrected|addressed|added|implemented|introduced|improved|enhanced|hardened|upgraded|replaced|rewritten|automated|refactored|redesigned|re-?architected|deprecated|removed|migrated|decommissioned|retired|documented|monitored|tested|validated)\b/i;
const INCIDENT_ITSELF = /^\s*(?:the|this|these|that|all)?\s*(?:issues?|problems?|incidents?|outages?|services?|disruptions?|it|they|everything|access|functionality)\s+(?:will|shall|has|have|was|were)\b/i;

export function promisesRepair(sentence: string): boolean {
  const s = fold(sentence);
  return PASSIVE_REPAIR.test(s) && !INCIDENT_ITSELF.test(s) && !ADDRESSED_TO_READER.test(s);
}
const LONGER_TERM = /\b(?:(?:is|are)\s+underway|in\s+the\s+(?:longer|long|short|near|medium)[- ]term|going\s+forward|moving\s+forward|in\s+the\s+(?:coming|next)\s+(?:weeks|months|quarters?))\b/i;
/** Not "we have since learned that ...", "we've now been reminded", "we've already had to": what the team found out or was made to do is no change. */
const NOT_FOUND_OUT = String.raw`(?!(?:\s+(?:also|since|now|already))*\s+(?:learn|seen|found|realis|realiz|notic|discover|observ|understood|had\s+to|got|gotten|been\s+(?:remind|told|inform|ask|made\s+aware))\w*)`;
const PERFECT_SINCE = new RegExp(String.raw`\b${SUBJECT}${GAP}(?:have|'ve|has)\s+(?:since|now|also|already)\b${NOT_FOUND_OUT}`, 'iy');
const SINCE_THEN = new RegExp(String.raw`\bhave\s+since\b${NOT_FOUND_OUT}|\bsince\s+(?:then|the\s+incident),?\s+we\s+have\b${NOT_FOUND_OUT}`, 'i');
const PAST_ACTION = new RegExp(String.raw`\b${SUBJECT}${GAP}(?:have\s+|has\s+|'ve\s+)?(?:(?:both|also|then|quickly|immediately|already)\s+)*(?:decided\s+to|(?!(?:identifi|found|discover|determin|notic|observ|learn|realiz|realis|trac|believ|suspect|confirm|receiv|experienc|detect|attribut|expect|decid|assum|want|need|us|reach|start|continu)ed\b)\w+ed|built|made|set\s+up|put|wrote|began|rolled\s+out)\b`, 'iy');
/** The purpose clause that marks a past action as remediation rather than incident response. */
const PREVENTIVE_PURPOSE = /\bas\s+(?:a\s+)?part\s+of\s+(?:our\s+|the\s+)?(?:post-?incident|follow-?up|remediation)\b|\bto\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:we|it|this|they|the|these|such)(?:\s+[\w-]+)?\s+(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|can't|cannot|never)\b|^\s*(?:following|after|since)\s+(?:the|this)\s+incident\b|\bas\s+a\s+(?:direct\s+)?result\s+of\s+(?:the|this)\s+incident\b|\bbefore\s+(?:they|it|this)\s+(?:happens?|occurs?|recurs?)\b|\bof\s+similar\s+(?:failures|incidents|issues|problems|outages)\b|\b(?:to\s+reduce\s+the\s+(?:likelihood|risk|chance|impact)|to\s+prevent\s+(?:this|similar|recurrence|a\s+recurrence|future|such|it\s+from|the\s+same|a\s+repeat|further\s+incidents)|to\s+avoid\s+(?:similar|this|a\s+repeat|future|recurrence)|mitigate\s+future|in\s+the\s+future|from\s+(?:happening|recurring|occurring)\s+again|going\s+forward|as\s+a\s+precaution|so\s+(?:that\s+)?(?:this|it)\s+(?:can(?:not|'t)|won't|will\s+not)|no\s+longer)\b/i;
/** A purpose that outlasts the incident: what makes a change told in a timeline a remediation. */
const LASTING_PURPOSE = /\bto\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:we|it|this|they)\s+(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|can't|cannot|never)\b|\bof\s+similar\s+(?:failures|incidents|issues|problems|outages)\b|\bto\s+prevent\s+(?:this|similar|recurrence|a\s+recurrence|such|it\s+from|the\s+same|a\s+repeat)\b|\bfrom\s+(?:happening|recurring|occurring)\s+again\b|\b(?:which|that)\s+will\s+(?:help\s+)?(?:improve|reduce|shorten|speed\s+up|prevent)\s+(?:our|the)\s+[\w\s-]{3,40}?\s+in\s+the\s+future\b/i;
/** Present perfect of an improvement verb: "we have enhanced our test coverage". */
const IMPROVEMENT_PERFECT = new RegExp(
  String.raw`\b${SUBJECT}${GAP}(?:have|'ve|has)\s+(?:also\s+|now\s+|already\s+|immediately\s+|quickly\s+|recently\s+)*(?:added|provisioned|implemented|introduced|enhanced|improved|hardened|strengthened|automated|established|expanded|built|created|modified|changed|fixed|reconfigured|rewritten|patched|tuned|limited|restricted|separated|isolated|decoupled|deployed\s+(?:safeguards|guardrails|protections|monitoring|alerts)|documented|updated\s+(?:our|the)\s+(?:runbooks?|processes|procedures|documentation|playbooks?)|enabled|migrated|moved|removed\s+(?:the\s+)?(?:dependency|single\s+point)|made\s+(?:[\w-]+\s+){0,3}(?:improvements|changes|fixes)\s+to)\b`,
  'iy',
);
/** "The demotion mechanism has been patched to ensure ...": a repair, told in the passive, with the purpose that makes it lasting. */
const PASSIVE_REPAIRED = /\b(?:(?:has|have)\s+(?:now\s+|since\s+|also\s+)?been\s+(?:also\s+|now\s+)?|(?:was|were)\s+(?:since\s+|also\s+|then\s+)?)\s*(?:patched|fixed|updated|changed|modified|improved|hardened|reconfigured|adjusted|tuned|rewritten|refactored|extended|enhanced|implemented|introduced|put\s+in\s+place|made\s+to\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?)\s*(?:to|so)\s+(?:that\s+)?(?:ensure|prevent|avoid|make\s+sure|handle|allow|stop|guarantee|reject|retry|fail|it|they|we|the)\b/i;
const STATE_CHANGE = /\b(?:is|are|will)\s+now\b|\bno\s+longer\b/i;
/** "Changes will include ..." - the sentence that lists what a commitment before it means. */
/** "The primary fix involves reconfiguring X", "Additional improvements include setting up Y": the plan, told as a list of -ing actions. */
export const GERUND_PLAN = /^\s*(?:the\s+|our\s+)?(?:(?:primary|main|key|first|immediate|additional|further|other|remaining|planned|longer[- ]term|short[- ]term|long[- ]term)\s+)?(?:fix(?:es)?|remediation|improvements?|changes|steps|actions|measures|work|plan|follow[- ]?ups?)\s+(?:will\s+)?(?:involves?|includes?|consists?\s+of|covers?)\s+(?=[a-z]+ing\b)/i;

export const ELABORATION = /^\s*(?:these\s+|the\s+|our\s+)?(?:changes|improvements|steps|actions|measures|work|efforts|this|these|they)\s+(?:will\s+|would\s+)?(?:include|includes|including|involve|involves|consist\s+of|cover)\b/i;
/** A sentence that only announces a list ("we will take the following steps:"). */
const INTRODUCTION = /:\s*$|\bthe\s+following\b|\bas\s+follows\b|^\s*(?:below|here)\s+(?:are|is)\b/i;
const FOLLOW = /follow/i;
const BELOW_OR_HERE = /^\s*(?:below|here)\b/i;
/** "A few changes have been made to ..." - says changes exist; the next sentences say which. */
const CHANGES_ANNOUNCEMENT = /\b(?:making|make|taking|take|implementing)\s+(?:a\s+few|several|some|a\s+number\s+of|multiple|the\s+following)\s+(?:changes|improvements|steps|actions)\b|\b(?:we|i)\s+(?:have|'ve|are\s+preparing|prepared)\s+(?:two|three|four|several|a\s+few|some)\s+(?:fixes|changes|improvements)\b|\b(?:a\s+few|several|some|a\s+number\s+of|multiple)\s+(?:changes|improvements|steps)\s+(?:have\s+been|were|will\s+be)\s+(?:made|taken)|\bwe(?:\s+have)?\s+made\s+(?:a\s+few|several|some)\s+changes\b/i;
/** The words every CHANGES_ANNOUNCEMENT names: a plain list of words is found far faster than the pattern fails. */
const CHANGE_WORD = /changes|improvements|steps|actions|fixes/i;

export function announcesChanges(sentence: string): boolean {
  return CHANGE_WORD.test(sentence) && CHANGES_ANNOUNCEMENT.test(fold(sentence));
}

const VAGUE = /\b(?:^\s*(?:each\s+|all\s+|the\s+|our\s+)?action\s+items?\s+(?:should|must|need\s+to|will\s+be|are\s+to)\b|keep\w*\s+this\s+incident\s+open|report\s+(?:any\s+)?(?:outages|incidents|degraded)\b|(?:publish|write|share)\w*\s+(?:an?\s+)?(?:deep[- ]dive|(?:blog\s+)?posts?|write-?up|article)s?\s+(?:about|on)\b|(?:do|write|conduct|hold|perform)\w*\s+a\s+post-?\s?mortem\s*(?:(?:soon|shortly|later|next|this\s+week|once)\b|and\s+(?:will\s+)?(?:publish|share|post)\b|[.,;]|$)|(?:publish|share|post)\w*\s+(?:the|our)\s+findings\b|follow(?:ing)?\s+up\s+with\s+(?:a|the|our)\s+(?:more\s+)?(?:detailed\s+|full\s+|complete\s+)?(?:post-?\s?mortem|report|rca|analysis)\b|(?:doing|performing|perform|carry(?:ing)?\s+out|schedul\w*)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}maintenance\s+(?:this|next|on|tonight|tomorrow|beginning|starting|at|from|window)\b|(?:how|what|why)\s+we(?:\s+will|'ll|\s+are\s+going\s+to|'re\s+going\s+to|\s+plan\s+to|(?:'re|\s+are)\s+working\s+to)\b|(?:more\s+)?(?:information|details)\s+(?:[\w-]+\s+){0,3}can\s+be\s+found\b|^\s*[a-z]+ing\b[^,.;]{0,80}?\b(?:should|will|would|could|can|may)\s+(?:also\s+)?(?:help|ensure|allow|enable|mean)\b|areas?\s+(?:where|in\s+which)\s+we\s+(?:will|can|could|need\s+to|must)\s+improve\b|(?:(?<!\bto\s)|(?<=\b(?:work|working|try|trying|strive|striving|aim|want|continue|everything|best|can|committed|commit|steps|measures|actions?|changes)\s+to\s))ensure\s+(?:that\s+)?(?:this|it|such\s+an?|a\s+similar)\s+(?:(?:type|kind|class)\s+of\s+)?(?:\w+\s+)?(?:does\s+not|doesn't|will\s+not|won't|never|cannot|can't)\s+(?:happen|occur|recur)\w*(?:\s+again)?|(?:post|provide|share|send)\w*\s+(?:frequent|regular|periodic|further|more|additional)\s+updates|(?:will|'ll)\s+(?:now\s+|also\s+)?(?:explain|describe|discuss|cover|walk\s+through|go\s+over|outline|dive|refer\s+to|look\s+at\s+(?:how|what|why))\b|(?:deploying|rolling\s+out|applying|testing|preparing|validating|monitoring|implementing|developing|working\s+on)\s+(?:a|the|this|an?\s+additional)\s+(?:fix|mitigation|patch|hotfix|rollback|workaround)\b|(?:have|has|'ve)\s+(?:deployed|rolled\s+out|applied|implemented|identified)\s+(?:a|the)\s+(?:fix|mitigation|patch|cause|issue|problem)\b|(?:deploying|deployed|implementing|implemented|applying|applied|rolling\s+out|rolled\s+out)\s+(?:a|the)\s+solution\s+to\s+(?:address|fix|resolve|mitigate)\s+(?:the|this)\s+(?:identified\s+)?(?:issue|problem)\b|what\s+we(?:'re|\s+are)\s+working\s+on|what\s+we\s+(?:have|'ve)\s+(?:already\s+)?(?:changed|done|learned)|update\s+(?:the|this|our)\s+(?:public\s+)?(?:summary|post|page|status|blog|article|report|incident(?!\s+(?:response|management|handling|process|review|runbooks?|playbooks?|procedures?)))|include\s+(?:the\s+)?(?:complete|full|more|further)?\s*details|check\s+out|learn\s+more|what\s+we\s+(?:plan|intend|are\s+going)\s+to\s+do|work(?:ing)?\s+(?:closely\s+)?(?:with|on)\b.{0,60}\bto\s+(?:resolve|mitigate|restore|fix|address)\s+(?:the|this)\s+(?:issue|incident|problem|outage)\b|continu\w*\s+(?:to\s+)?(?:monitor|investigate|work|observe|take|improve|learn|review|invest)|put\s+more\s+effort\s+into|keep\s+(?:monitoring|watching|an\s+eye)\b|(?:keep|continue)\s+(?:working|striving|investing)\b[^.]{0,40}\b(?:reliab\w*|stab\w*|better|resilien\w*)|tak(?:ing|en)\s+steps\s+to\s+(?:address|resolve|fix|improve)\s+(?:these|this|those|the|it|them|our)\b|\bwe\s+(?:invite|welcome)\s+(?:\w+\s+)?(?:contributions|feedback|suggestions|input|questions)\b|(?:implement\w*|put\w*\s+in\s+place|tak\w*|introduc\w*|add\w*)\s+(?:additional\s+|further\s+|new\s+|more\s+)?(?:safeguards|measures|steps|changes|controls)\s+to\s+(?:prevent|avoid)\s+(?:similar|such|this|these|future)\b[^.,;:]{0,50}\.?\s*$|(?:safeguards|measures|steps|changes|controls)\s+(?:have|has)\s+(?:now\s+|also\s+)?been\s+(?:also\s+)?(?:put\s+in\s+place|taken|implemented|introduced|added|made)\s+to\s+(?:prevent|avoid)\s+(?:similar|such|this|these|future)\b[^.,;:]{0,50}\.?\s*$|(?:are|is)\s+(?:currently\s+)?investigating\s+(?:this|the)\s+(?:issue|incident|problem)|monitor(?:ing)?\s+(?:the\s+results|for\s+any\s+further)|(?:provid(?:e|ing)|shar(?:e|ing)|publish(?:ing)?|post(?:ing)?|releas(?:e|ing)|issu(?:e|ing))\s+(?:a|an|the|more|further|our|additional)?\s*(?:full\s+|comprehensive\s+|detailed\s+|complete\s+|more\s+)?(?:updates?|post-?\s?mortem|post\s+mortem|rca|root\s+cause\s+analysis|details|report|incident\s+report|information|pir|(?:resulting\s+)?(?:remediation|action)\s+plan)|apologi[sz]e|(?:speak|talk|write)\s+(?:more\s+)?(?:about|on)\s+(?:this|it|that)\s+(?:in|once|when|as)\b|(?:provide|post|give|share|send)\w*\s+(?:a|the|our)\s+final\s+update|^\s*(?:confirm|clarify|verify)\s+that\s+no\s+(?:[\w-]+\s+){1,2}(?:was|were)\s+(?:lost|affected|dropped|corrupted)\b|^\s*(?:explain|demonstrate|reassure)\s+(?:our|the|upcoming|how|what|why)\b|we(?:'re|\s+are)\s+sorry|thank|(?<!\bto\s+(?:help\s+)?)keep\s+(?:you|customers|users|everyone)\s+(?:updated|informed|posted)|take\s+(?:this|the\s+security|security|it|these|our)\b.{0,40}\bseriously|will\s+update\s+this\s+(?:post|page)|(?:will|'ll)\s+post\s+(?:again\s+|an?\s+update\s+|more\s+)?(?:immediately|as\s+soon\s+as|once|when|upon)\b|working\s+(?:on|to)\s+(?:a\s+fix|mitigat|resolv|restor|identify|understand)|need\s+(?:more\s+)?help|learn\s+from\s+this|understand\s+why\s+(?:that|this|it)\s+(?:is|was|happened)\b|understand\w*\s+(?:what|why|how)\s+(?:led|caused|happened|went\s+wrong)|how\s+to\s+(?:ensure|make\s+sure)\s+(?:that\s+)?(?:this|it)\s+(?:does\s+not|doesn't|will\s+not|won't|never)\s+(?:happen|occur|recur)|working\s+on\s+(?:version\s+)?v?\d+\.\d+(?:\.\d+)?\b|^\s*(?:use|upgrade\s+to|downgrade\s+to|stay\s+on|pin\s+to)\s+(?:version\s+)?v?\d+\.\d+|committed\s+to\s+(?:learning|applying\s+(?:these|the|our|those)\s+(?:learnings|lessons)|improving|doing\s+better|transparency)\b|do\s+better|earn\s+back|regain\s+(?:your|the)\s+trust|best\s+to\s+ensure|reach\s+out\s+to\s+(?:us|support)|this\s+(?:post-?\s?mortem|report|write-?up|post|document)\s+(?:explains|describes|covers|outlines|details|walks)\b|\bwant\s+to\s+be\s+(?:upfront|honest|clear|candid)\b|^\s*to\s+do\s+(?:that|this|so)\b|\bwork\s+hard\s+to\s+(?:resolve|fix|address|make\s+sure)\b|\bcommunicate\s+better\b|\b(?:(?:clear|drain)(?:s|ed|ing)?|work(?:ing)?\s+through)\s+(?:the\s+|any\s+)?(?:remaining\s+|queued\s+|delayed\s+)?(?:[\w-]+\s+){0,2}?(?:backlogs?|queues?)\b)/i;
/**
 * Status-page furniture: when the next update comes ("We will update again in 20 minutes",
 * "We will provide an update within the hour") and recovery still under way ("continuing to
 * reduce the backlog"). Never an action, in any document.
 */
const STATUS_BOILERPLATE = /\b(?:update|report\s+back|check\s+back)\s+(?:again\s+|you\s+|everyone\s+|(?:here|this\s+(?:page|incident|post))\s+)*(?:(?:in|within|by|around)\s+(?:about\s+|approximately\s+|roughly\s+)?(?:\d+|an?|one|two|three|half|the\s+next)\b|(?:once|when|as\s+soon\s+as)\s+(?:we|there|more|further|new)\b|shortly\b|soon\b|as\s+(?:more\s+)?(?:information|details)\b)|\b(?:next|another|further|an?|more)\s+updates?\s+(?:will\s+be\s+(?:provided|posted|shared)\s+)?(?:(?:in|within|by|around)\s+(?:about\s+|approximately\s+|roughly\s+)?(?:\d+|an?|one|two|three|half|the\s+next)\b|(?:once|when|as\s+soon\s+as)\s+(?:we|there|more|further|new)\b|shortly\b|soon\b|as\s+(?:more\s+)?(?:information|details)\b|(?:here|on\s+(?:this|the|our)\s+(?:page|status))\b)|\bcontinu\w*\s+to\s+(?:reduce|process|clear|drain|work\s+(?:through|thru|down))\b[^.]{0,40}\b(?:backlogs?|queues?)\b/i;

/** Work that is this report itself: "Full trace and analysis completed (this document)". */
const THIS_REPORT = /\(\s*(?:see\s+)?this\s+(?:document|report|post-?\s?mortem|write-?up|page|analysis)\s*\)/i;

/** Controls that already existed, recommendations rejected, advice to readers. */
const NOT_A_COMMITMENT = /\bmeans?\s+(?:that\s+)?we(?:\s+will|'ll)\b|\b(?:know|expect|anticipate)\s+(?:that\s+)?we(?:\s+will|'ll|\s+are\s+going\s+to|'re\s+going\s+to)\b|\bgoing\s+to\s+have\s+to\s+(?:skip|omit|leave\s+out|gloss)\b|(?<!\b(?:that|which|who)\s)\b(?:should|could)\s+(?:\w+ly\s+)?have\s+(?:first\s+|already\s+)?(?:been|had|known|seen|done|taken|made|caught|\w+ed)\b|\bfor\s+(?:several|many|a\s+few|\d+)\s+years\b|\b(?:in|over)\s+the\s+(?:past|last)\s+(?:few\s+)?(?:years?|months?|quarters?)\b|\b(?:encountered|saw|had|hit)\s+(?:this|the\s+same|a\s+similar)\b[^.]{0,60}?\bpreviously\b|\bhave\s+always\b|\balready\s+(?:had|have)\s+in\s+place\b|\b(?:was|were)\s+rejected\b|\bdecided\s+(?:not|against)\b|\bwe\s+(?:will\s+not|won't)\b|(?:^|[,;:]\s*|\b(?:then|and|but|so)\s+)you\s+(?:should|can|may|must|need\s+to)\b|\bwe\s+(?:recommend|suggest|encourage|advise)\b|\bif\s+you\b|\bwe\s+(?:want|wish|would\s+like)\s+to\s+(?:recogni[sz]e|reaffirm|acknowledge|emphasi[sz]e|stress|highlight|note|point\s+out|reiterate|be\s+clear)\b|\b(?:in|within)\s+the\s+(?:next|new|coming)\s+(?:few\s+|couple\s+(?:of\s+)?)?(?:minutes|hours?)\b/i;

/** Prose that speaks to the reader ("we'll email you", "your account") is advice or page furniture. */
const ADDRESSED_TO_READER = /\byou(?:r|rs)?\b/i;
/** Where a sentence turns to its purpose: "... to make sure we can give you what you need" still commits. */
const PURPOSE_TURN = /\s(?:to\s+(?:make\s+sure|ensure|help)|so\s+(?:that|we)|in\s+order\s+to)\s/i;

/** "You should update your client", "We will email you": a sentence for the reader, up to where it states its purpose. */
function addressesReader(s: string): boolean {
  if (!ADDRESSED_TO_READER.test(s)) return false;
  const turn = PURPOSE_TURN.exec(s);
  return ADDRESSED_TO_READER.test(turn ? s.slice(0, turn.index) : s);
}

export type CommitmentStrength = 'firm' | 'planned-passive' | 'need' | 'done' | 'state' | 'none';

/** "We will ..." that is not an open question ("whether we will keep using it"). */
const OPEN_QUESTION = /\b(?:whether|if)\s+$/i;

/** Where SUBJECT may start in `s`, in order. */
function subjectStarts(s: string): number[] {
  const starts: number[] = [];
  const start = TEAM.test(s) ? SUBJECT_START : FIRST_PERSON_START;
  start.lastIndex = 0;
  for (let m = start.exec(s); m !== null; m = start.exec(s)) starts.push(m.index);
  return starts;
}

/** The first match of a sticky subject-led pattern at one of `starts`: the match the pattern, unanchored, would find. */
function matchAtSubject(pattern: RegExp, s: string, starts: number[]): RegExpExecArray | null {
  for (const start of starts) {
    pattern.lastIndex = start;
    const m = pattern.exec(s);
    if (m) return m;
  }
  return null;
}

/** "We continue to reduce X": work the team keeps doing, a commitment when its verb is an action. */
const CONTINUES = new RegExp(String.raw`\b${SUBJECT}${GAP}(?:will\s+)?continue\s+to\s+([a-z]+)\b`, 'iy');

function continuesAction(s: string, starts: number[]): boolean {
  const m = matchAtSubject(CONTINUES, s, starts);
  return m !== null && isActionVerb(m[1] as string);
}

function promisesFuture(s: string, starts: number[]): boolean {
  const m = matchAtSubject(FUTURE_AT_SUBJECT, s, starts);
  return m !== null && !OPEN_QUESTION.test(s.slice(Math.max(0, m.index - 9), m.index));
}

/** How a sentence commits to an action, judged on its own. */
/** Every pattern with a first-person subject needs one of these words; most sentences have none. */
const SUBJECT_CUE = /\b(?:we|i|our|team)\b/i;
const NO_STARTS: number[] = [];

/** "The disk space issues were a fairly easy fix, we limited the log size ...": the fix, told as done. */
const FIX_TOLD = /\b(?:was|were|is|are)\s+(?:an?\s+)?(?:fairly\s+|relatively\s+|very\s+|pretty\s+)?(?:easy|simple|quick|straightforward)\s+fix(?:es)?\s*[,:;-]\s*(?:we|i)\s+[a-z]+ed\b/i;
/** FIX_TOLD needs the word "fix": a literal is found far faster than the pattern fails. */
const FIX_WORD = /fix/i;

/** "We've established guiding criteria for disabling the system:": the action is the rule set; the list below is its content. */
export const RULES_LEAD = /\b(?:establish|defin|set|creat|writ|wrote|adopt|agree|document|introduc|draft)\w*\s+(?:on\s+)?(?:an?\s+|the\s+|some\s+|our\s+|clear\s+|new\s+)?(?:[\w-]+\s+){0,2}(?:criteria|rules|guidelines|principles|polic(?:y|ies)|checklists?|requirements)\b[^:]{0,80}:\s*$/i;

/** "The first fix deals with X", "The second change is to add Y": one of the fixes announced just before. */
export const ANNOUNCED_ENTRY = /^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|final|last|other)\s+(fix|change|improvement)\s+(?:(?:deals?|dealt)\s+with|address(?:es)?|is\s+to|will\s+be\s+to|involves|concerns|targets)\s+/i;

/**
 * "Future work will be to improve X", "Next steps are to add Y", "One area we are still working on is to classify Z":
 * the plan, without a subject of its own (a bold label may stand before it).
 */
export const WORK_AHEAD = /^\s*(?:(?:\*\*|__)[^*_\n]{1,80}?:?(?:\*\*|__):?\s+)?(?:(?:future|further|follow-?up|next|planned)\s+(?:work|steps?|actions?)\s+(?:will\s+be|is|are)|(?:one|another)\s+(?:area|thing|change|improvement)\s+(?:that\s+)?we(?:'re|\s+are)\s+(?:still\s+|also\s+|currently\s+|actively\s+)*working\s+on\s+is|(?:we|i)\s+(?:also\s+)?(?:have|'ve\s+got)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}plans?)\s+to\s+(?=[a-z])/i;

function strengthOf(s: string): CommitmentStrength {
  if (WORK_AHEAD.test(s)) return 'firm';
  const subject = SUBJECT_CUE.test(s);
  // A subject-led match needs the cue as well (its subject ends on a word the cue names).
  const starts = subject ? subjectStarts(s) : NO_STARTS;
  const bySubject = (pattern: RegExp): boolean => matchAtSubject(pattern, s, starts) !== null;
  if (FIX_WORD.test(s) && FIX_TOLD.test(s)) return 'done';
  if (promisesFuture(s, starts) || bySubject(PROGRESSIVE) || (s.includes('continue') && continuesAction(s, starts))) return 'firm';
  if (bySubject(PERFECT_SINCE) || SINCE_THEN.test(s) || bySubject(IMPROVEMENT_PERFECT) || bySubject(NOW_IN_USE) || REMEDY_IN_HAND.test(s) || DEFECT_FIXED_FOR_GOOD.test(s)) return 'done';
  if (bySubject(NEED) || (subject && FUTURE_NEED.test(s)) || FURTHER_INQUIRY.test(s) || SAFEGUARDS_FOUND.test(s)) return 'need';
  // "We have updated our docs to prevent this going forward": a change made, whose purpose looks ahead.
  if (bySubject(PAST_ACTION) && PREVENTIVE_PURPOSE.test(s)) return 'done';
  if (PASSIVE_FUTURE.test(s) || LONGER_TERM.test(s)) return 'planned-passive';
  if ((s.includes(' to ') || s.includes(' so ')) && PASSIVE_REPAIRED.test(s) && !INCIDENT_ITSELF.test(s)) return 'done';
  return 'none';
}

/** "While we continue to investigate X, we have fixed Y": what goes on alongside is not what the sentence commits to. */
const LEADING_WHILE = /^\s*while\b[^,]{3,160},\s*/i;

export function commitmentOf(sentence: string): CommitmentStrength {
  const folded = fold(sentence);
  const s = folded.includes(',') ? folded.replace(LEADING_WHILE, '') : folded;
  const strength = strengthOf(s);
  // Most sentences commit to nothing: the costly checks for vague or misleading commitments run only on the rest.
  if (strength === 'none' || VAGUE.test(s) || NOT_A_COMMITMENT.test(s) || addressesReader(s) || STATUS_BOILERPLATE.test(s)) return 'none';
  return strength;
}

/** "The demotion mechanism has been patched to ensure ...": a repair of the defect itself, told in the passive. */
export function repairsDefect(sentence: string): boolean {
  const s = fold(sentence);
  return (s.includes(' to ') || s.includes(' so ')) && PASSIVE_REPAIRED.test(s) && !INCIDENT_ITSELF.test(s) && commitmentOf(s) === 'done';
}

/** The defect itself repaired for good ("The bug has since been fixed", "implemented a permanent fix to X"). */
export function fixesForGood(sentence: string): boolean {
  return DEFECT_FIXED_FOR_GOOD.test(fold(sentence));
}

/** A change the team made that is meant to stop the incident coming back. */
export function remediesForGood(sentence: string): boolean {
  const s = fold(sentence);
  return LASTING_PURPOSE.test(s) && commitmentOf(s) === 'done';
}

/** Wording that looks past the incident: what a status update must say to commit to more than the fix. */
const FORWARD_LOOKING = /\b(?:future|permanent\w*|recurr\w*|again|prevent\w*|going\s+forward|longer[- ]term|long[- ]term|improv\w*|additional|better|harden\w*|ensure|will|'ll|follow[- ]?up|post-?incident|review\s+(?:of|our))\b/i;

export function looksForward(sentence: string): boolean {
  return FORWARD_LOOKING.test(fold(sentence));
}

export function isVague(text: string): boolean {
  const s = fold(text);
  return VAGUE.test(s) || NOT_A_COMMITMENT.test(s) || STATUS_BOILERPLATE.test(s) || (s.includes('(') && THIS_REPORT.test(s));
}

/** "The OOM killer caused X to fail": a link in a chain of events, not an action. */
const CAUSATION = /\b(?:caused|led\s+to|resulted\s+in)\b/i;

export function narratesCause(text: string): boolean {
  return CAUSATION.test(fold(text)) && !startsWithImperative(text) && commitmentOf(text) === 'none';
}

/**
 * What responders did to restore service, told in the past ("validators rolled back their states",
 * "Restarted the workers", "operators were asked to resume consensus"): incident response, not remediation.
 */
const RESPONSE_STEP = /^\s*(?:(?:(?:the|all|affected|most|some|our|several)\s+)?(?:[\w-]+\s+){0,2}?(?:validators|operators|nodes|users|customers|engineers|responders|on-?call(?:\s+engineers?)?|sres?|admins|administrators|team|we|i)\s+)?(?:then\s+|quickly\s+|immediately\s+|manually\s+)?(?:were\s+(?:asked|told|instructed)\s+to\s+|(?:rolled|rolling)\s+back|reverted|restarted|rebooted|downgraded|resumed|failed\s+over|recovered|restored|drained|flushed|killed|bounced|power-?cycled|re-?ran|replayed|reprocessed|halted|paused)\b/i;

/**
 * What became of the incident's own things, in the passive past ("stuck transactions were accelerated
 * and finalized", "users got paid"): an outcome of the response. Changes to the system ("alerts were
 * added", "the limit was raised") are told with verbs of making and changing, and are not this.
 */
const RESPONSE_OUTCOME = /^\s*(?:[\w-]+\s+){1,3}?(?:was|were|got)\s+(?:then\s+|eventually\s+|manually\s+|successfully\s+)?(?!(?:added|implemented|introduced|deployed|enabled|disabled|created|fixed|patched|upgraded|migrated|automated|hardened|improved|enhanced|increased|raised|lowered|reduced|limited|tuned|adjusted|documented|released|shipped|merged|completed|updated|changed|modified|removed|replaced|applied|configured|reconfigured|moved|separated|isolated|monitored|tested|validated|rotated|revoked|restricted|extended|expanded|pinned|deprecated|decommissioned|rolled|secured|encrypted|protected|reviewed|audited|verified|scaled|provisioned|resized|sharded|partitioned|throttled|capped|locked|gated|introduced|scheduled|planned|filed|opened)\b)(?:[a-z]+ed|paid|sent|run)\b/i;

/** "The team was able to reach the provider and quickly remediate the issue": what was managed during the incident. */
const MANAGED_TO = /\b(?:was|were)\s+able\s+to\b/i;
/** "we scaled our cluster to 25 machines to handle the backlog": capacity added for the incident's own backlog. */
const BACKLOG_HANDLED = /\b(?:we|i)\s+(?:also\s+)?[a-z]+ed\b[^.]{0,80}\bto\s+(?:handle|clear|drain|process|work\s+through|catch\s+up\s+on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}backlogs?\b/i;

export function narratesResponse(text: string): boolean {
  const s = fold(text);
  return (RESPONSE_STEP.test(s) || RESPONSE_OUTCOME.test(s) || MANAGED_TO.test(s) || (s.includes('backlog') && BACKLOG_HANDLED.test(s))) && !PREVENTIVE_PURPOSE.test(s);
}

/**
 * An action-table row that names a step of the response itself, marked done: telling those affected
 * ("Inform affected users", "Alert contributors"), an attempt ("Try to ..."), re-running the failed
 * work ("Retrigger processing", "Broadcast the transactions with X"), or finding the cause of this failure.
 */
const RESPONSE_ROW = /^(?:(?:alert|inform|notify|contact|tell|warn)\s+(?:the\s+|all\s+)?(?:affected\s+|impacted\s+)?(?:users|customers|clients|contributors|partners|stakeholders|team|on-?call|operators|maintainers)\s*$|try\s+to\b|re-?(?:trigger|broadcast|submit|send|run|play|process|try)\w*\b|(?:broadcast|resend|resubmit|replay|reprocess)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:transactions?|messages?|jobs?|requests?|events?|payments?)\b|investigate\s+(?:the\s+)?(?:reasons?|causes?)\s+(?:for|of)\s+(?:the\s+)?(?:failures?|incident|outage|issue|problem)\b)/i;

export function isResponseRow(text: string): boolean {
  return RESPONSE_ROW.test(fold(text).trim());
}

/** "This has now been done": the sentence before says what. */
const NOW_DONE = /^\s*(?:this|that|it)\s+(?:has|have|is)\s+(?:now\s+|since\s+|also\s+)*(?:been\s+)?\[?done\b/i;
/** "Automatic updates should have been turned off before ...": what ought to have been done, told in the passive. */
const COUNTERFACTUAL = /^\s*(.{3,80}?)\s+should\s+have\s+been\s+([a-z]+ed)\b((?:\s+(?:off|on|out|up|down|back|in))?)([^.!?]*)/i;

/**
 * The action a "This has now been done" sentence confirms, from the counterfactual before it
 * ("Automatic updates should have been turned off ..." -> "turn off automatic updates ..."), or null.
 */
export function confirmedAction(previous: string, sentence: string): string | null {
  if (!NOW_DONE.test(fold(sentence))) return null;
  const m = COUNTERFACTUAL.exec(fold(previous));
  if (!m) return null;
  const object = (m[1] ?? '').replace(/^(?:the|all)\s+/i, (d) => d.toLowerCase());
  return `${baseVerb(m[2] ?? '')}${m[3] ?? ''} ${object.charAt(0).toLowerCase()}${object.slice(1)}${m[4] ?? ''}`;
}

/** Words to the reader or a pleasantry ("We invite contributions", "please reach out"): no action of the team's. */
export function isAside(sentence: string): boolean {
  const s = fold(sentence);
  return VAGUE.test(s) || ADDRESSED_TO_READER.test(s);
}

/** "We are working to build these patterns": points back at actions already named, and adds none. */
const RESTATEMENT = /\b(?:these|those|such|the\s+above(?:-mentioned)?)\s+(?:[\w-]+\s+)?(?:patterns|changes|improvements|measures|steps|items|actions|fixes|efforts|plans|solutions|initiatives|mitigations|safeguards)\b/i;

export function restatesActions(sentence: string): boolean {
  return RESTATEMENT.test(fold(sentence)) && sentence.split(/\s+/).length < 16;
}

export function isIntroduction(sentence: string): boolean {
  // The pattern needs a colon, "follow", "below" or "here", and reads the same with the sentence's outer white space as without it.
  return (sentence.includes(':') || FOLLOW.test(sentence) || BELOW_OR_HERE.test(sentence)) && INTRODUCTION.test(sentence);
}

/** "Should we ever lose an index, we would be able to restore it": what a change makes possible, not a duty. */
const HYPOTHETICAL = /^\s*(?:should|were|had)\s+(?:we|it|this|they|an?|the)\b[^,]{0,120},|^\s*if\b[^,]{0,160},\s*(?:we|it|this|they)\s+(?:would|could)\b/i;

export function isHypothetical(sentence: string): boolean {
  return HYPOTHETICAL.test(fold(sentence));
}

export function hasModal(sentence: string): boolean {
  return MODAL_ANY.test(fold(sentence)) || FUTURE.test(fold(sentence));
}

export function describesDesign(sentence: string): boolean {
  return DESIRED.test(fold(sentence));
}

export function describesStateChange(sentence: string): boolean {
  return STATE_CHANGE.test(fold(sentence));
}

/** Words that begin an instruction: "Add ...", "Implement ...", "Ensure ...". */
const IMPERATIVE = /^(?:add|implement|build|improve|introduce|create|review|expand|enhance|audit|adopt|deploy|establish|explore|evaluate|increase|reduce|harden|automate|document|write|update|change|move|migrate|replace|remove|fix|address|adjust|ensure|mandate|require|enforce|make|set\s+up|separate|decouple|isolate|investigate|identify|figure\s+out|determine|find|schedule|discuss|collect|include|modify|release|upgrade|avoid|limit|prevent|reach\s+out|come\s+up|develop|design|define|enable|disable|configure|rotate|restrict|monitor|alert|track|test|validate|verify|provide|publish|train|run|switch|backport|roll\s+out|consolidate|standardi[sz]e|apply|bundle|refine|rework|rewrite|split|use|leverage|deprecate|retire|tune|lower|raise|cap|pin|patch|clean\s+up|look\s+into|consider|work\s+with|partner|communicate|notify|move|extend|expose|measure|record|capture|instrument|define|plan|prioriti[sz]e|continue|work|invest|protect|preserve|reject|distribute|accelerate|strengthen|simplify|streamline|repair|re-?test|conduct|examine|eliminate|harden|reduce|correct|address|tighten|expand|migrate|isolate|decouple|shard|partition|cache|throttle|retry|rollback|roll\s+back|backfill|block|allow|alert|page|notify|escalate|review|audit|share|send|hire|staff|schedule|book|reserve|allocate|dedicate|classify|categori[sz]e|lock\s?down|have\s+(?:an?|the|our|more|better|dedicated|clear|someone|people)\b|know\s+(?:who|what|how|when|where|which)|refactor|replicate|back\s+up|encrypt|revoke|rename|restructure|centrali[sz]e|delete|purge|reconfigure|renew|reindex|resolve|(?:double-|re-?)?check|scale\s+(?:up|out|down|the|our))\b/i;

const BOLD_SENTENCE = /^\s*(?:\*\*|__)([^*_]+?[.!?])(?:\*\*|__)/;

/** "**Introduce a more resilient DNS.** We are ...": the bold sentence a text opens with, without its emphasis; null if none (a bold label is none). */
export function boldLeadSentence(text: string): string | null {
  return BOLD_SENTENCE.exec(text)?.[1] ?? null;
}

export function startsWithImperative(text: string): boolean {
  return IMPERATIVE.test(fold(boldLeadSentence(text) ?? text).trim());
}

/** "Alerts configured for >90% disk on database nodes", "Cron scheduled to remove old archives": a change told as a noun and its participle. */
const CHANGE_RECORDED = /^\s*(?!(?:we|i|they|it|this|that)\s)(?:[\w@`'>%.-]+\s+){1,4}?(?:scheduled|configured|added|created|documented|deployed|enabled|implemented|installed|set\s+up|written|introduced|put\s+in\s+place)\b(?:\s+(?:to|for|on|in|at|with|across)\b|\s*\.?\s*$)/i;

/** "Therefore, an additional smoke test loads the bundle in CI": a new safeguard told by what it now does (groups: the lead, the thing, what it does). */
export const NEW_SAFEGUARD_WORKS = /^(\s*(?:(?:therefore|now|as\s+a\s+result|in\s+addition|additionally),?\s+)?an?\s+(?:additional|new|extra|dedicated)\s+)((?:["'`]?[\w/-]+["'`]?\s+){0,2}?["'`]?[\w/-]+["'`]?)\s+(?:now\s+)?(runs|checks|loads|verifies|validates|tests|alerts|fires|monitors|blocks|rejects|prevents|catches|watches|scans|detects|pages)\b/i;

export function recordsChange(sentence: string): boolean {
  const s = fold(sentence);
  return CHANGE_RECORDED.test(s) || NEW_SAFEGUARD_WORKS.test(s);
}

/** "By FEB 9 - ", "Before March 1st: ": the date an action is due, ahead of it. */
export const DUE_BY = /^\s*(?:by|before|until)\s+[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*[-:]\s*/i;

/** "Ensuring X remains a top priority", "Moving X into Ansible allows ...": the -ing phrase is the subject of a statement, not a step. */
const GERUND_SUBJECT = /^[^,.;:]*?\b(?:is|are|was|were|remains?|has\s+been|will\s+be|becomes?)\s+(?:(?:a|an|the|our|always|still|now)\s+)?(?:top|key|critical|essential|important|vital|crucial|paramount|priority|central|fundamental|core|focus)\b|^[^,.;:]*?\b(?:allows|enables|makes|means|helps|lets|gives)\b/i;

/** A sentence that names an action as a plain line of a plan: "Add X", "Conducting a review of Y", "By FEB 9 - Implementing Z". */
export function namesPlannedAction(sentence: string): boolean {
  const s = fold(sentence).replace(DUE_BY, '');
  const first = /^\s*([a-z-]+)\b/i.exec(s)?.[1] ?? '';
  return startsWithImperative(s) || (verbForm(first) === 'ing' && !NOT_GERUNDS.has(first.toLowerCase()) && isActionVerb(first) && !GERUND_SUBJECT.test(s));
}

/**
 * A rule of conduct as a lesson states it: an instruction ("Do not migrate both nodes at once",
 * "Try to book a dedicated slot", "Add alerts on ...") or a standing requirement on a thing
 * ("Internal snapshots must not be older than 7 days"). Hedged advice ("Probably do not ...") is none.
 */
const NEGATIVE_RULE = /^(?:do\s+not|don't|never|always|avoid)\s+[a-z]/i;
const TRY_TO = /^(?:try|remember|make\s+sure)\s+to\s+/i;
const STANDING_REQUIREMENT = /^(?:the\s+|all\s+|every\s+|any\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:must|shall)\s+(?:not\s+|always\s+|never\s+)?(?:be|have|run|stay|remain|exist)\b/i;

export function statesRule(text: string): boolean {
  const s = fold(text).trim();
  if (ADDRESSED_TO_READER.test(s)) return false;
  const instruction = s.replace(TRY_TO, '');
  return NEGATIVE_RULE.test(instruction) || startsWithImperative(instruction) || STANDING_REQUIREMENT.test(s);
}

/** Sentences written in the past by the team ("We enabled ...", "Our team has fixed ..."). */
const DONE_CLAUSE = new RegExp(
  String.raw`^\s*(?:finally,?\s+|also,?\s+|additionally,?\s+|as\s+a\s+(?:direct\s+)?result(?:\s+of\s+[^,]{1,40})?,\s+)?(?:${SUBJECT}${GAP})(?:have\s+|has\s+|'ve\s+)?(?:already\s+|since\s+|now\s+|also\s+|both\s+|simply\s+|then\s+|quickly\s+|immediately\s+|further\s+)*(?!need|feed|seed|speed|proceed|exceed|identified\b(?!\s+and\s+[a-z]+ed\b))(?:\w+ed|built|made|set\s+up|put|wrote|began|rolled\s+out|took)\b|\b(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?!(?:postpon|delay|defer|cancel+|paus|affect|impact|observ|report|caus)ed\b)(?:\w+ed|made|built|set\s+up|put|done)\b|\bwe\s+(?:have|'ve)\s+(?:now\s+|already\s+|also\s+|since\s+)*(?!(?:identifi|seen|observ|learn|notic|experienc|receiv|determin|found|discover|confirm|decid|need|want|start|continu)ed\b)(?:\w+ed|built|made|set\s+up|put|written)\b|\b(?:was|were)\s+(?:also\s+|then\s+|since\s+|subsequently\s+)?(?:introduced(?!\s+(?:in|by|with|during|when|at|into|on)\b)|added|implemented|deployed|enabled|created|fixed|patched|upgraded|migrated|automated|hardened|improved|enhanced|increased|raised|lowered|reduced|tuned|adjusted|rolled\s+out|put\s+in\s+place|set\s+up|built|written|rewritten|documented|released|shipped|merged|completed)\b|\bdecided\s+to\b|\b(?:is|are)\s+now\b(?!\s+[a-z]+ing\b)`,
  'i',
);

/** Participles that as often describe the noun after them ("Improved alerting for X", a to-do) as report a change. */
const DESCRIBING_PARTICIPLES = 'required|dedicated|automated|advanced|detailed|related|distributed|managed|expected|improved|enhanced|increased|reduced|expanded|extended|updated|centrali[sz]ed|standardi[sz]ed|structured|scoped|tiered';
/**
 * A list entry that opens with a verb in the past ("Migrated the Asia node ...", "Wrote a load test"):
 * work reported as done. Participles that describe a noun ("Automated alerts") or name work only
 * begun or planned ("Started mapping ...", "Planned ...") do not.
 */
const PAST_ENTRY = new RegExp(
  String.raw`^\s*(?:(?:${DESCRIBING_PARTICIPLES})\s+(?=(?:the|our|a|an|its|their|all|this|these|that|those)\b)|(?!(?:started|planned|proposed|suggested|recommended|requested|scheduled|unplanned|needed|need|feed|seed|speed|proceed|exceed|shed|red|bed|${DESCRIBING_PARTICIPLES})\b)(?:re-)?[a-z]+ed\b|(?:built|made(?!\s+(?:a\s+)?plans?\b)|wrote|rewrote|took|undertook|ran)\b)`,
  'i',
);

export function opensInPast(text: string): boolean {
  return PAST_ENTRY.test(fold(text));
}

/** Irregular or ambiguous verb forms ("Made a plan to ...", "Set up ...") that the -ed and base forms miss. */
const IRREGULAR_OPENING = /^\s*(?:made|set\s+up|put|began|started|wrote|built|ran|took|undertook)\b/i;

/** A list entry that opens with a verb: a step taken or to take ("Set up much more alerting", "Migrated the node"). */
export function opensWithVerb(text: string): boolean {
  const s = fold(text);
  return PAST_ENTRY.test(s) || IRREGULAR_OPENING.test(s) || isActionVerb(/^\s*([a-z-]+)/i.exec(s)?.[1] ?? '');
}

/** "Should X be refreshed in batches?", "Should we keep Y?": an open question a review leaves, as the decision to make. */
const PASSIVE_QUESTION = /^\s*(should|must|can|could|would)\s+(?!we\b|i\b)(.{3,120}?)\s+be\s+([^?]{3,200})\?\s*$/i;
const OUR_QUESTION = /^\s*(?:should|can|could|do|must)\s+we\s+([^?]{3,200})\?\s*$/i;

export function decisionOf(question: string): string | null {
  const passive = PASSIVE_QUESTION.exec(question);
  if (passive) return `Decide whether ${passive[2] ?? ''} ${(passive[1] ?? '').toLowerCase()} be ${passive[3] ?? ''}`;
  const ours = OUR_QUESTION.exec(question);
  return ours ? `Decide whether to ${ours[1] ?? ''}` : null;
}

/** The plain verb of an -ing or -ed form, or the word itself. */
/**
 * Whether a stem left by removing -ing or -ed lost a silent e: a known verb (also after a prefix
 * such as "re-"), or an ending no English verb has without one ("introduc", "remov", "optimiz").
 */
const VERB_PREFIX = /^(?:up|down|re|pre|de|un|over|under|auto|out)/;

function lostSilentE(stem: string): boolean {
  const lower = stem.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  if (E_VERBS.has(`${lower}e`) || E_VERBS.has(`${last}e`) || /(?:[aeiour]c|v|[aeiouy]z|is|ys|uir)$/.test(last)) return true;
  // "upscaled", "re-enabled", "overprovisioned": a known verb behind a prefix.
  const prefix = VERB_PREFIX.exec(last)?.[0];
  if (prefix && E_VERBS.has(`${last.slice(prefix.length)}e`)) return true;
  // "-ate", "-ute", "-ue", "-ance", "-tle" verbs (escalat, execut, pursu, enhanc, throttl), in stems too long to be a short word.
  return last.length >= 5 && /(?:[aeiou]nc|[^aeiou][au]t|iat|u|[^aeioulwr]l)$/.test(last);
}

export function baseVerb(word: string): string {
  const lower = word.toLowerCase();
  // Five-letter gerunds count only for a known verb ("using" -> "use"); others are words of their own ("thing").
  if (lower.endsWith('ing') && (lower.length >= 6 || E_VERBS.has(`${lower.slice(0, -3)}e`)) && !NOT_GERUNDS.has(lower)) {
    const stem = word.slice(0, -3);
    if (lostSilentE(stem)) return `${stem}e`;
    if (stem.length > 3 && /([bdgmnprt])\1$/i.test(stem)) return stem.slice(0, -1);
    return stem;
  }
  if (lower.endsWith('ied') && lower.length > 4) return `${word.slice(0, -3)}y`;
  if (lower.endsWith('ed') && lower.length > 4) {
    const stem = word.slice(0, -2);
    if (lostSilentE(stem)) return `${stem}e`;
    if (stem.length > 3 && /([bdgmnprt])\1$/i.test(stem)) return stem.slice(0, -1);
    return stem;
  }
  return word;
}

export type VerbForm = 'ing' | 'past' | 'base';

export function verbForm(word: string): VerbForm {
  const lower = word.toLowerCase();
  if (lower.endsWith('ing')) return 'ing';
  if (lower.endsWith('ed')) return 'past';
  return 'base';
}

/** A verb that names an action on systems or processes ("add", "improving", "deployed"). */
export function isActionVerb(word: string): boolean {
  const base = baseVerb(word);
  return IMPERATIVE.exec(base)?.[0].length === base.length;
}

const NOT_GERUNDS = new Set(['during', 'bring', 'string', 'thing', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'ceiling', 'spring', 'swing', 'ongoing', 'following', 'remaining', 'existing', 'upcoming', 'incoming', 'outgoing', 'pending', 'including', 'according', 'regarding']);
/** Verbs whose -ing and -ed forms drop an `e`: updating -> update. */
const E_VERBS = new Set([
  'update', 'create', 'automate', 'migrate', 'validate', 'deprecate', 'remove', 'move', 'improve', 'introduce', 'reduce', 'enable',
  'ensure', 'increase', 'provide', 'release', 'replace', 'configure', 'rotate', 'use', 'make', 'take', 'write', 'require', 'retire',
  'isolate', 'investigate', 'schedule', 'organize', 'prioritize', 'standardize', 'serve', 'revise', 'change', 'stage', 'merge', 'share',
  'decouple', 'scale', 'capture', 'archive', 'define', 'evaluate', 'separate', 'generate', 'leverage', 'consolidate', 'simulate',
  'upgrade', 'enforce', 'optimize', 'optimise', 'prioritise', 'standardise', 'refine', 'rewrite', 'disable', 'restore', 'analyze',
  'analyse', 'tune', 'resolve', 'continue', 'raise', 'rate', 'handle', 'secure', 'explore', 'dedicate', 'centralize', 'centralise',
  'expose', 'measure', 'manage', 'operate', 'examine', 'automate', 'practice', 'document', 'deprecate', 'harmonize', 'revoke', 'prune',
  'purge', 'figure', 'structure', 'route', 'store', 'hire', 'compare', 'combine', 'declare', 'describe', 'determine', 'ignore', 'include',
  'invoke', 'prepare', 'rename', 'reconcile', 'restructure', 'type', 'pipe', 'wipe', 'scope', 'notice', 'promote', 'pause', 'reuse',
  'phase', 'cache', 'queue', 'value', 'argue', 'locate', 'refuse', 'excuse', 'diagnose', 'compose', 'propose', 'expose', 'dispose', 'delete', 'strengthen', 'relocate', 'recreate', 'rebalance', 'reconfigure', 'choose', 'close', 'issue', 'accelerate', 'introduce',
]);

/**
 * "When all zones have been verified, empty the old zone", "To address such a case, we introduced X", "Since we have a
 * licence, we integrated Y": the condition's or purpose's tense is not the action's.
 */
const LEADING_CONDITION = /^\s*(?:when|once|after|if|before|until|as\s+soon\s+as|since|to\s+(?:address|handle|solve|fix|tackle|prevent|avoid|mitigate|counter|deal\s+with))\b[^,]{3,160},\s*/i;

export function readsAsDone(text: string): boolean {
  const s = fold(text).replace(LEADING_CONDITION, '');
  if (/\b(?:will|going\s+to|plan\s+to|need\s+to|should)\b/i.test(s)) return false;
  return DONE_CLAUSE.test(s);
}
