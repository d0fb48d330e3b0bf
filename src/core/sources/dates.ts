/**
 * The date an article gives for itself, for the report's quotes-per-article timeline: the first full date
 * (day, month and year) near its start, where a dateline or a byline puts it ("2024-03-15", "March 15, 2024",
 * "15 March 2024", "Mar. 15, 2024"). A date further in is more likely one the story talks about; a date without a
 * year or day is no date here.
 */

/** How far into the text a date still counts as the article's own (a headline, a byline, a dateline). */
export const DATE_HEAD_CHARS = 600;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string | number, string] }> = [
  { re: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'g'), parts: (m) => [m[1], Number(m[2]), m[3]] },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}\\b`, 'g'), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH}\\.?,?\\s+${YEAR}\\b`, 'g'), parts: (m) => [m[3], m[2], m[1]] },
];

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The article's date as YYYY-MM-DD, or undefined when its start gives no full date. */
export function articleDate(text: string): string | undefined {
  const head = text.slice(0, DATE_HEAD_CHARS);
  let best: { at: number; date: string } | undefined;
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      if (best && m.index >= best.at) break;
      const [y, mo, d] = parts(m);
      const year = Number(y);
      const month = typeof mo === 'number' ? mo : MONTHS[mo.slice(0, 3).toLowerCase()];
      const day = Number(d);
      if (!valid(year, month, day)) continue;
      best = { at: m.index, date: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
      break;
    }
  }
  return best?.date;
}
