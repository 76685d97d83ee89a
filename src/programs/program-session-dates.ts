/**
 * Session dates as administrators type them (a calendar date, 'YYYY-MM-DD') and as the
 * database keeps them (milliseconds). A date means the day in Ontario: it begins at midnight
 * in Toronto, whatever the server's time zone, daylight saving included.
 */

const ZONE = 'America/Toronto';
const DAY_MS = 86_400_000;

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function torontoParts(ms: number): Record<string, number> {
  const parts = PARTS.formatToParts(new Date(ms));
  return Object.fromEntries(
    parts.filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]),
  );
}

/** How far Toronto's clock is from UTC at that instant (negative: behind). */
function offsetMs(ms: number): number {
  const p = torontoParts(ms);
  const wallClock = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallClock - Math.floor(ms / 1000) * 1000;
}

/** Midnight in Toronto at the start of the date, or null when it is not a real date. */
export function startOfDate(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 2000) return null;

  // Two steps: the offset at the guessed instant may differ on a day the clocks change.
  const guess = utc - offsetMs(utc);
  return utc - offsetMs(guess);
}

/** Midnight in Toronto at the end of the date: the first instant of the next day. */
export function endOfDate(date: string): number | null {
  const start = startOfDate(date);
  return start === null ? null : startOfDate(dateOf(start + DAY_MS + DAY_MS / 2));
}

/** The Toronto calendar date of an instant, as 'YYYY-MM-DD'. */
export function dateOf(ms: number): string {
  const p = torontoParts(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The date an exclusive end instant closes: the day before it begins. */
export function lastDateBefore(endMs: number): string {
  return dateOf(endMs - 1);
}
