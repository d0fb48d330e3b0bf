/**
 * Word lists for attribution: reporting cues, and the closed classes that bound speaker phrases.
 * The cue list starts from statistics mined from PolNeAR train (data/cues.json, built by
 * scripts/build-quotes-lexicon.mjs: how often each word heads an attribution cue, out of all its uses).
 */
import CUE_STATS from './data/cues.json';

import CUE_PHRASES from './data/cue-phrases.json';

const stats = CUE_STATS as unknown as Record<string, [number, number]>;

/** Verb + particle cues mined from PolNeAR train ("called for", "complained about", "pointed out"). */
export const PHRASE_CUES = new Set(Object.entries(CUE_PHRASES as Record<string, number>).filter(([p, n]) => n >= 2 && p !== 'according to').map(([p]) => p));
/** First words of PHRASE_CUES, to test a word pair only when it can match. */
export const PHRASE_HEADS = new Set([...PHRASE_CUES].map((p) => p.split(' ')[0]));

/** Mined words that head cues often but are not reporting verbs themselves. */
const NOT_CUES = new Set([
  've', 'll', 're', 's', 'd', 'm', 'widely', 'eager', 'wary', 'expected', 'seemed', 'appears', 'sounded', 'complaints',
  'titled', 'listed', 'restricting', 'focuses', 'avoided', 'knocked', 'angered', 'ruled', 'sided', 'projected',
  'hoping', 'seeks', 'sought', 'ordered', 'refusing', 'known', 'quick', 'appeared', 'seems', 'appear', 'seem',
  'reportedly', 'strongly', 'openly', 'officially', 'regularly', 'initially', 'quickly', 'recently', 'criticism',
  'chants', 'weighed', 'considers', 'portrayed', 'deemed', 'issued', 'offered', 'endorsed', 'endorses', 'proposed',
  'praised', 'praises', 'praising', 'thanked', 'thanking', 'nominated', 'described', 'describes', 'describing',
  'referring', 'referred', 'referencing', 'referenced', 'mentioning', 'discussed', 'talked', 'declined', 'refused',
  'refuses', 'defended', 'blamed', 'attacked', 'criticized', 'criticizing', 'accused', 'accusing', 'accuses',
  'called', 'calling', 'slammed', 'slams', 'slamming', 'blasted', 'blasts', 'blasting', 'mocked', 'assailed',
  'railed', 'denounced', 'denouncing', 'condemned', 'questioned', 'questioning', 'dismissed', 'dismissing',
  'touted', 'touting', 'highlighted', 'cited', 'citing', 'cites', 'invoked', 'encouraged', 'pointing', 'pointed',
  'voiced', 'expressed', 'quoted', 'lamented', 'bemoaned', 'decried', 'complained', 'boasted', 'expecting',
  'indicate', 'warn', 'speculated', 'urged', 'urging', 'posted', 'emailed', 'retweeted', 'chanted', 'shouted',
  'yelled', 'signaled', 'hints', 'implied', 'reminded', 'remembered', 'recommended', 'disclosed', 'revealed',
  'reveals', 'showed', 'shows', 'finds', 'reads', 'announced', 'announces', 'announcing', 'tweeting', 'writing',
]);

/**
 * Reporting verbs that introduce what someone said or wrote (speech proper): these may follow the content
 * ("…, Smith said") and precede it ("Smith said …").
 */
export const SPEECH_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'argued',
  'argues', 'argue', 'claimed', 'claims', 'insisted', 'insists', 'insist', 'noted', 'notes', 'explained', 'explains',
  'stated', 'states', 'declared', 'replied', 'replies', 'responded', 'responds', 'suggested', 'suggests', 'tweeted',
  'tweets', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'contended', 'contends',
  'maintained', 'maintains', 'recalled', 'recalls', 'reported', 'reports', 'predicted', 'predicts', 'promised',
  'promises', 'vowed', 'vows', 'pledged', 'pledges', 'warned', 'warns', 'estimated', 'emphasized', 'stressed',
  'confirmed', 'confirms', 'denied', 'denies', 'countered', 'quipped', 'joked', 'observed', 'remarked', 'wondered',
  'mused', 'continued', 'agreed', 'agrees', 'concluded', 'concludes', 'asserted', 'asserts', 'reiterated',
  'announced', 'announces', 'cautioned', 'assured', 'interjected', 'commented', 'posted', 'testified', 'complained',
  'boasted', 'lamented', 'charged', 'alleged', 'alleges', 'declares', 'recounted', 'speculated', 'shouted', 'yelled',
  'whispered', 'chimed', 'pleaded', 'told', 'revealed', 'disclosed', 'indicated', 'indicates', 'urged', 'urges',
  'explained', 'wrote', 'texted', 'emailed', 'demanded', 'added', 'asserted', 'retorted', 'objected', 'insisted', 'hinted', 'recalled', 'predicted',
]);

/** Participles that continue a clause ("…, saying the plan was dead"): the speaker is the clause's subject. */
export const PARTICIPLE_CUES = new Set([
  'saying', 'adding', 'noting', 'telling', 'arguing', 'explaining', 'insisting', 'claiming', 'suggesting',
  'warning', 'stating', 'declaring', 'writing', 'asking', 'acknowledging', 'recalling', 'predicting', 'promising',
  'vowing', 'pledging', 'asserting', 'conceding', 'contending', 'emphasizing', 'stressing', 'tweeting', 'calling',
  'accusing', 'reiterating', 'announcing', 'complaining', 'remarking', 'noting', 'urging', 'citing', 'describing',
]);

/**
 * Verbs of belief, finding or wanting that PolNeAR also counts as attributions. They only count before their
 * content, right after a subject ("Voters believe the race is close", "The poll shows …").
 */
export const BELIEF_CUES = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'know', 'knows', 'knew',
  'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'show', 'shows', 'showed', 'shown',
  'found', 'finds', 'find', 'suggest', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'accused', 'accuses',
  'called', 'calls', 'blamed', 'blames', 'criticized', 'praised', 'denounced', 'endorsed', 'described', 'dismissed',
  'questioned', 'slammed', 'blasted', 'attacked', 'defended', 'rejected', 'cited', 'declined', 'refused', 'urged',
  'proposed', 'demanded', 'mocked', 'condemned', 'accuse', 'wants', 'wanted', 'sees', 'see', 'saw', 'view', 'views',
  'recognized', 'realized', 'learned', 'understands', 'understand', 'agree', 'disagree', 'concluded', 'plans',
  'planned', 'intends', 'intended', 'seeks', 'sought', 'hoping', 'aims', 'aimed', 'vowing',
]);

// Add the mined speech-like cues: frequent cue heads that are cues in at least 45% of their uses.
for (const [w, [asCue, total]] of Object.entries(stats)) {
  if (asCue >= 5 && asCue / total >= 0.45 && !NOT_CUES.has(w) && !PARTICIPLE_CUES.has(w) && /^\p{Ll}+$/u.test(w)) SPEECH_CUES.add(w);
}

const NOT_OBJECT_CUES = new Set([
  'widely', 'quickly', 're', 've', 'll', 'strongly', 'initially', 'reportedly', 'openly', 'officially', 'regularly',
  'formally', 'suddenly', 'privately', 'consistently', 'frequently', 'seemingly', 'originally', 'forcefully',
  'enthusiastically', 'eager', 'wary', 'reluctant', 'quick', 'known', 'allegations', 'complaints', 'assertion',
  'expected', 'seemed', 'appears', 'appeared', 'seems', 'seem', 'sounded', 'went', 'tend', 'devoted', 'determined',
  'convinced', 'worried', 'according', 'cast', 'passed', 'read', 'named', 'filed', 'hired', 'appointed', 'opened',
  'covered', 'touched', 'laid', 'lays', 'laying', 'released', 'releasing', 'voted', 'signed', 'delivered', 'delivering',
  'did', 'does', 'do', 'made', 'makes', 'make', 'took', 'take', 'taken', 'takes', 'put', 'puts', 'gave', 'came', 'come',
  'got', 'set', 'used', 'spent', 'turned', 'began', 'started', 'held', 'brought', 'played', 'joined', 'led', 'left',
  'won', 'tried', 'looking', 'looks', 'look', 'trying', 'going', 'gone', 'become', 'became', 'received', 'reached',
  'returned', 'ran', 'met', 'needs', 'need', 'giving', 'taking', 'making', 'shot', 'continue', 'seen', 'saw', 'see',
  'sees', 'presided', 'maintains', 'introduced', 'written', 'fired', 'decision', 'comments', 'comment', 'statement',
  'message', 'remarks', 'supporters', 'supporter', 'campaign', 'policy', 'public', 'strategy', 'new', 'last', 'most',
  'there', 'well', 'yet', 'back', 'some', 'one', 'all', 'more', 'less', 'being', 'having', 'against', 'among', 'under',
  'without', 'since', 'about', 'both', 'only', 'first', 'long', 'never', 'always', 'already', 'even', 'just', 'still',
  'now', 'again', 'then', 'also', 'can', 'cannot', 'should', 'must', 'might', 'would', 'could', 'will', 'may', 'like',
  'question', 'questions', 'states', 'vote', 'debate', 'opposition', 'endorsement', 'message', 'advice', 'requests',
  'concerns', 'attacks', 'point', 'points', 'views', 'view', 'growing', 'strong', 'critical', 'best', 'reason', 'deep',
  'able', 'sure', 'ever', 'almost', 'further', 'earlier', 'soon', 'eventually', 'ultimately', 'certainly', 'probably',
]);

/**
 * Verbs that PolNeAR counts as attributions with their object as content ("Clinton cited remarks …",
 * "Trump is demanding …"): mined words that head a cue in at least 9% of their uses. A word seen as a cue only
 * a handful of times must be a cue in at least 30% of its uses: a rare, weakly associated verb ("blocked",
 * "struck") is an action, not a report, and its chance hits come from annotation noise. Like belief verbs they
 * need a subject right before them.
 */
export const OBJECT_CUES = new Set<string>();
for (const [w, [asCue, total]] of Object.entries(stats)) {
  if (asCue >= 3 && asCue / total >= 0.09 && (asCue >= 6 || asCue / total >= 0.3) && /^\p{Ll}+$/u.test(w) && !NOT_OBJECT_CUES.has(w) && !SPEECH_CUES.has(w) && !PARTICIPLE_CUES.has(w)) OBJECT_CUES.add(w);
}

/** Subject pronouns that can name a speaker, and relative pronouns that point to the previous noun phrase. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
export const RELATIVES = new Set(['who', 'which', 'that']);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some',
  'many', 'several', 'most', 'one', 'two', 'three', 'four', 'five', 'few', 'other', 'another', 'both', 'all', 'no',
  'each', 'every', 'any', 'more',
]);

/** Words that may stand between a subject and its cue ("Smith has also said", "she later told"). */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'once', 'previously', 'repeatedly', 'recently', 'publicly',
  'reportedly', 'privately', 'again', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'is', 'was',
  'are', 'were', 'been', 'long', 'often', 'initially', 'first', 'just', 'already', 'even', 'never', 'still',
  'earlier', 'finally', 'frequently', 'flatly', 'openly', 'simply', 'further', 'separately', 'quickly', 'had',
  'subsequently', 'ultimately', 'now', 'always', 'not', 'only', 'immediately', 'explicitly', 'specifically',
]);

/** Words that never end a speaker noun phrase. */
export const NOT_NOUN = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'if', 'because', 'than', 'so', 'not',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'also', 'about', 'into', 'over', 'after', 'before', 'this',
  'there', 'here', 'then', 'now', 'just', 'only', 'even', 'very', 'too', 'more', 'most', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'said', 'says', 'told', 'up', 'out', 'down', 'off',
  'again', 'all', 'both', 'either', 'neither', 'such', 'no', 'yes', 'against', 'during', 'without', 'within',
  'through', 'under', 'since', 'until', 'though', 'although', 'whether', 'like', 'unlike', 'per', 'via',
]);

/** Words that may join the parts of a name ("Secretary of State John Kerry", "Bashar al-Assad"). */
export const NAME_JOINERS = new Set(['of', 'for', 'de', 'del', 'della', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'du', 'and', '&']);

/** Capitalised words that start sentences without being names. */
export const NOT_NAMES = new Set([
  'But', 'And', 'Or', 'So', 'Yet', 'Then', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'If', 'When',
  'While', 'After', 'Before', 'Since', 'Still', 'However', 'Now', 'Also', 'Meanwhile', 'Later', 'Earlier',
  'Instead', 'Indeed', 'Although', 'Though', 'Because', 'Asked', 'Speaking', 'Writing', 'During', 'Last', 'This',
  'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'There', 'Here', 'What', 'Why', 'How',
  'Where', 'Who', 'Which', 'Today', 'Yesterday', 'Separately', 'Further', 'Moreover', 'Similarly', 'Finally',
  'Overall', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'Other', 'Another', 'Several', 'One', 'Two',
  'Not', 'No', 'Yes', 'Don’t', "Don't", 'Let', 'Please', 'Asked', 'According', 'Under', 'Over', 'About', 'Through', 'Like', 'Unlike', 'Despite',
]);

/** Words after a cue that belong to it rather than to the content: time, manner, medium. */
export const CUE_COMPLEMENTS = new Set([
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently', 'again', 'also', 'too', 'then',
  'last', 'this', 'next', 'week', 'month', 'year', 'flatly', 'simply', 'bluntly', 'frankly', 'publicly',
  'privately', 'repeatedly', 'firmly', 'emphatically', 'angrily', 'quietly', 'afterward', 'afterwards', 'once',
  'reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'cnn', 'abc', 'nbc', 'cbs', 'fox', 'msnbc',
]);

/** Prepositions that open a phrase belonging to the cue ("said in a statement", "told CNN on Sunday"). */
export const CUE_PREPOSITIONS = new Set(['of', 'about', 'in', 'on', 'at', 'during', 'after', 'before', 'via', 'from', 'to', 'through', 'while', 'with', 'over', 'late', 'early', 'when', 'last', 'this']);

/** Cues that take a listener before the content ("told reporters that", "assured voters"). */
export const CUES_WITH_LISTENER = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'asking', 'assured', 'reminded', 'warned', 'urged', 'informed', 'advised', 'promised', 'briefed', 'wrote']);

/** True when `w` starts with an upper-case letter. ASCII is checked without a regular expression. */
export const isCapitalized = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};
/** True when `w` starts with a letter or a digit. */
export const isWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(w);
};
export const isQuoteMark = (w: string): boolean => w === '"' || w === '“' || w === '”' || w === '‘' || w === '’' || w === "'" || w === '«' || w === '»';
