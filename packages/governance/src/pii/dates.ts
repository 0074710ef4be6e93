/** Calendar checks for identifiers that embed a birth date. */

/** True when year-month-day is a real Gregorian date (1 ≤ month ≤ 12, day within the month). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** The latest birth year an identifier may carry (the scan date's year). */
export function currentYear(): number {
  return new Date().getUTCFullYear();
}

/** A real date not in the future, from 1900 on (birth dates of living persons). */
export function isPlausibleBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > currentYear()) return false;
  return isRealDate(year, month, day);
}
