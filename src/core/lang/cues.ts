/**
 * Reporting cues: the words that attribute speech, writing, belief or intent to someone. Hand-made lists
 * (from reading news) plus words mined from PolNeAR train (src/core/quotes/data/cues.json, built by
 * scripts/build-quotes-lexicon.mjs: how often each word heads an attribution cue out of all its uses; only
 * counts are stored, no text). Each list is defined once; test/unit/lang.test.ts checks that no list repeats
 * a word and that no word is both a cue and not a cue.
 */
import CUE_STATS from '../quotes/data/cues.json';
import CUE_PHRASES from '../quotes/data/cue-phrases.json';
import { words } from './registry';
import { isLowerWord } from './shape';

const stats = CUE_STATS as unknown as Record<string, [number, number]>;

/** Verb + particle cues mined from PolNeAR train ("called for", "complained about", "pointed out"). */
export const PHRASE_CUES: ReadonlySet<string> = new Set(
  Object.entries(CUE_PHRASES as Record<string, number>)
    .filter(([p, n]) => n >= 2 && p !== 'according to')
    .map(([p]) => p),
);
/** First words of PHRASE_CUES, to test a word pair only when it can match. */
export const PHRASE_HEADS: ReadonlySet<string> = new Set([...PHRASE_CUES].map((p) => p.split(' ')[0]));

// prettier-ignore
/** Mined words that head cues often but are not speech verbs themselves (some are belief or object cues). */
export const NOT_SPEECH_CUES = words('NOT_SPEECH_CUES', [
  've', 'll', 're', 's', 'd', 'm', 'widely', 'eager', 'wary', 'expected', 'seemed', 'appears', 'sounded',
  'complaints', 'titled', 'listed', 'restricting', 'focuses', 'avoided', 'knocked', 'angered', 'ruled', 'sided',
  'projected', 'hoping', 'seeks', 'sought', 'ordered', 'refusing', 'known', 'quick', 'appeared', 'seems', 'appear',
  'seem', 'reportedly', 'strongly', 'openly', 'officially', 'regularly', 'initially', 'quickly', 'recently',
  'criticism', 'chants', 'weighed', 'considers', 'portrayed', 'deemed', 'issued', 'offered', 'endorsed', 'endorses',
  'proposed', 'praised', 'praises', 'praising', 'thanked', 'thanking', 'nominated', 'described', 'describes',
  'describing', 'referring', 'referred', 'referencing', 'referenced', 'mentioning', 'discussed', 'talked',
  'declined', 'refused', 'refuses', 'defended', 'blamed', 'attacked', 'criticized', 'criticizing', 'accused',
  'accusing', 'accuses', 'called', 'calling', 'slammed', 'slams', 'slamming', 'blasted', 'blasts', 'blasting',
  'mocked', 'assailed', 'railed', 'denounced', 'denouncing', 'condemned', 'questioned', 'questioning', 'dismissed',
  'dismissing', 'touted', 'touting', 'highlighted', 'cited', 'citing', 'cites', 'invoked', 'encouraged', 'pointing',
  'pointed', 'voiced', 'expressed', 'quoted', 'bemoaned', 'decried', 'expecting', 'indicate', 'warn', 'urging',
  'retweeted', 'chanted', 'signaled', 'hints', 'implied', 'reminded', 'remembered', 'recommended', 'reveals',
  'showed', 'shows', 'finds', 'reads', 'announcing', 'tweeting', 'writing',
]);

// prettier-ignore
/**
 * Reporting verbs that introduce what someone said or wrote (speech proper): these may follow the content
 * ("…, Smith said") and precede it ("Smith said …").
 */
const HAND_SPEECH_CUES = words('SPEECH_CUES', [
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
  'whispered', 'chimed', 'pleaded', 'revealed', 'disclosed', 'indicated', 'indicates', 'urged', 'urges', 'texted',
  'emailed', 'demanded', 'retorted', 'objected', 'hinted', 'remarks', 'blurted', 'scolded', 'sniffed', 'repeated',
  'confessed', 'confesses', 'confided', 'bragged',
]);

// prettier-ignore
/**
 * Verbs of the manner of speaking: speech cues, but only beside a quotation ("muttered, “…”", "“…,” she gushed"),
 * since they also tell of things that are no speech ("Oil gushed from the pipeline", "muttered an apology").
 */
export const MANNER_CUES = words('MANNER_CUES', [
  'stuttered', 'stammered', 'muttered', 'mumbled', 'exclaimed', 'screamed', 'shrieked', 'hollered', 'gushed',
]);

// prettier-ignore
/** Participles that continue a clause ("…, saying the plan was dead"): the speaker is the clause's subject. */
export const PARTICIPLE_CUES = words('PARTICIPLE_CUES', [
  'saying', 'adding', 'noting', 'telling', 'arguing', 'explaining', 'insisting', 'claiming', 'suggesting', 'warning',
  'stating', 'declaring', 'writing', 'asking', 'acknowledging', 'recalling', 'predicting', 'promising', 'vowing',
  'pledging', 'asserting', 'conceding', 'contending', 'emphasizing', 'stressing', 'tweeting', 'calling', 'accusing',
  'reiterating', 'announcing', 'complaining', 'remarking', 'urging', 'citing', 'describing', 'joking', 'quipping',
  'admitting', 'confessing', 'boasting', 'bragging', 'lamenting', 'replying', 'responding', 'countering',
  'revealing', 'cautioning', 'testifying', 'alleging', 'recounting',
]);

// prettier-ignore
/**
 * Verbs of belief, finding or wanting that PolNeAR also counts as attributions. They only count before their
 * content, right after a subject ("Voters believe the race is close", "The poll shows …").
 */
export const BELIEF_CUES = words('BELIEF_CUES', [
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'know', 'knows', 'knew',
  'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'show', 'shows', 'showed', 'shown',
  'found', 'finds', 'find', 'suggest', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'accused', 'accuses',
  'called', 'calls', 'blamed', 'blames', 'criticized', 'praised', 'denounced', 'endorsed', 'described', 'dismissed',
  'questioned', 'slammed', 'blasted', 'attacked', 'defended', 'rejected', 'cited', 'declined', 'refused', 'urged',
  'proposed', 'demanded', 'mocked', 'condemned', 'accuse', 'wants', 'wanted', 'sees', 'see', 'saw', 'view', 'views',
  'recognized', 'realized', 'learned', 'understands', 'understand', 'agree', 'disagree', 'concluded', 'plans',
  'planned', 'intends', 'intended', 'seeks', 'sought', 'hoping', 'aims', 'aimed', 'vowing',
]);

/** Hand-listed speech cues plus the mined ones: frequent cue heads that are cues in at least 45% of their uses. */
export const SPEECH_CUES: ReadonlySet<string> = new Set([
  ...HAND_SPEECH_CUES,
  ...MANNER_CUES,
  ...Object.entries(stats)
    .filter(
      ([w, [asCue, total]]) =>
        asCue >= 5 && asCue / total >= 0.45 && !NOT_SPEECH_CUES.has(w) && !PARTICIPLE_CUES.has(w) && isLowerWord(w),
    )
    .map(([w]) => w),
]);

// prettier-ignore
/** Mined words that head object cues at times but are adverbs, nouns, auxiliaries or actions, not reports. */
export const NOT_OBJECT_CUES = words('NOT_OBJECT_CUES', [
  'widely', 'quickly', 're', 've', 'll', 'strongly', 'initially', 'reportedly', 'openly', 'officially', 'regularly',
  'formally', 'suddenly', 'privately', 'consistently', 'frequently', 'seemingly', 'originally', 'forcefully',
  'enthusiastically', 'eager', 'wary', 'reluctant', 'quick', 'known', 'allegations', 'complaints', 'assertion',
  'expected', 'seemed', 'appears', 'appeared', 'seems', 'seem', 'sounded', 'went', 'tend', 'devoted', 'determined',
  'convinced', 'worried', 'according', 'cast', 'passed', 'read', 'named', 'filed', 'hired', 'appointed', 'opened',
  'covered', 'touched', 'laid', 'lays', 'laying', 'released', 'releasing', 'voted', 'signed', 'delivered',
  'delivering', 'did', 'does', 'do', 'made', 'makes', 'make', 'took', 'take', 'taken', 'takes', 'put', 'puts',
  'gave', 'came', 'come', 'got', 'set', 'used', 'spent', 'turned', 'began', 'started', 'held', 'brought', 'played',
  'joined', 'led', 'left', 'won', 'tried', 'looking', 'looks', 'look', 'trying', 'going', 'gone', 'become', 'became',
  'received', 'reached', 'returned', 'ran', 'met', 'needs', 'need', 'giving', 'taking', 'making', 'shot', 'continue',
  'seen', 'saw', 'see', 'sees', 'presided', 'maintains', 'introduced', 'written', 'fired', 'decision', 'comments',
  'comment', 'statement', 'message', 'remarks', 'supporters', 'supporter', 'campaign', 'policy', 'public',
  'strategy', 'new', 'last', 'most', 'there', 'well', 'yet', 'back', 'some', 'one', 'all', 'more', 'less', 'being',
  'having', 'against', 'among', 'under', 'without', 'since', 'about', 'both', 'only', 'first', 'long', 'never',
  'always', 'already', 'even', 'just', 'still', 'now', 'again', 'then', 'also', 'can', 'cannot', 'should', 'must',
  'might', 'would', 'could', 'will', 'may', 'like', 'question', 'questions', 'states', 'vote', 'debate',
  'opposition', 'endorsement', 'advice', 'requests', 'concerns', 'attacks', 'point', 'points', 'views', 'view',
  'growing', 'strong', 'critical', 'best', 'reason', 'deep', 'able', 'sure', 'ever', 'almost', 'further', 'earlier',
  'soon', 'eventually', 'ultimately', 'certainly', 'probably',
]);

/**
 * Verbs that PolNeAR counts as attributions with their object as content ("Clinton cited remarks …",
 * "Trump is demanding …"): mined words that head a cue in at least 9% of their uses. A word seen as a cue only
 * a handful of times must be a cue in at least 30% of its uses: a rare, weakly associated verb ("blocked",
 * "struck") is an action, not a report, and its chance hits come from annotation noise. Like belief verbs they
 * need a subject right before them.
 */
export const OBJECT_CUES: ReadonlySet<string> = new Set(
  Object.entries(stats)
    .filter(
      ([w, [asCue, total]]) =>
        asCue >= 3 &&
        asCue / total >= 0.09 &&
        (asCue >= 6 || asCue / total >= 0.3) &&
        isLowerWord(w) &&
        !NOT_OBJECT_CUES.has(w) &&
        !SPEECH_CUES.has(w) &&
        !PARTICIPLE_CUES.has(w),
    )
    .map(([w]) => w),
);

// prettier-ignore
/** Words after a cue that belong to it rather than to the content: time, manner, medium. */
export const CUE_COMPLEMENTS = words('CUE_COMPLEMENTS', [
  'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently', 'again', 'also', 'too', 'then', 'last',
  'this', 'next', 'week', 'month', 'year', 'flatly', 'simply', 'bluntly', 'frankly', 'publicly', 'privately',
  'repeatedly', 'firmly', 'emphatically', 'angrily', 'quietly', 'afterward', 'afterwards', 'once', 'reporters',
  'journalists', 'me', 'us', 'him', 'her', 'them', 'cnn', 'abc', 'nbc', 'cbs', 'fox', 'msnbc',
]);

// prettier-ignore
/** Prepositions that open a phrase belonging to the cue ("said in a statement", "told CNN on Sunday"). */
export const CUE_PREPOSITIONS = words('CUE_PREPOSITIONS', [
  'of', 'about', 'in', 'on', 'at', 'during', 'after', 'before', 'via', 'from', 'to', 'through', 'while', 'with',
  'over', 'late', 'early', 'when', 'last', 'this',
]);

// prettier-ignore
/** Cues that take a listener before the content ("told reporters that", "assured voters"). */
export const CUES_WITH_LISTENER = words('CUES_WITH_LISTENER', [
  'told', 'tells', 'tell', 'telling', 'asked', 'asks', 'asking', 'assured', 'reminded', 'warned', 'urged',
  'informed', 'advised', 'promised', 'briefed', 'wrote',
]);

// prettier-ignore
/** Cues that count in title case too, in headlines ("…, Lindsey Graham Says"). */
export const HEADLINE_CUES = words('HEADLINE_CUES', [
  'says', 'said', 'tells', 'told', 'warns', 'slams', 'claims', 'admits', 'insists', 'asks', 'urges', 'vows',
  'argues', 'suggests', 'predicts', 'denies', 'confirms',
]);

// prettier-ignore
/** "X seems to …", "X is expected to …": attributions with no source. */
export const IMPERSONAL_CUES = words('IMPERSONAL_CUES', [
  'seems', 'seemed', 'seem', 'appears', 'appeared', 'appear', 'expected', 'likely',
]);

/** After an object cue: prepositions that belong to it ("complained about", "speaking of"). */
export const OBJECT_PREPOSITIONS = words('OBJECT_PREPOSITIONS', ['about', 'of', 'on']);

// prettier-ignore
/** After an object cue: words that show there is no object (a passive "endorsed by", an intransitive "spoke for five minutes"). */
export const NO_OBJECT = words('NO_OBJECT', [
  'by', 'for', 'with', 'in', 'at', 'during', 'from', 'after', 'before', 'to', 'into', 'as', 'and', 'or', 'but', 'up',
  'out', 'off', 'over', 'down', 'back', 'away',
]);

// prettier-ignore
/** Labels before a colon that name no speaker. */
export const NOT_SPEAKER_LABELS = words('NOT_SPEAKER_LABELS', [
  'latest', 'note', 'update', 'updated', 'photo', 'photos', 'source', 'sources', 'watch', 'read', 'related', 'video',
  'editor', 'correction', 'clarification', 'disclosure', 'credit', 'image', 'advertisement', 'listen', 'see', 'also',
  'more', 'breaking', 'exclusive', 'analysis', 'opinion', 'transcript',
]);
