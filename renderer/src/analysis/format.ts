/** One number formatter per language and digit count: making one per call costs ~0.1 ms, too much for 5 000 rows. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: string, digits: number): Intl.NumberFormat {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const key = `${locale}/${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A measure as the panel shows it: Dutch or English decimal sign, fixed digits. */
export function formatNumber(value: number | null, language: string, digits = 3): string {
  if (value === null) return '–';
  return formatterFor(language, digits).format(value);
}

/** A share (0–1) as a whole percentage, "< 1 %" for a small share that is not nothing. */
export function formatPercent(share: number, language: string): string {
  if (share > 0 && share < 0.005) return language === 'en' ? '< 1%' : '< 1 %';
  const value = formatterFor(language, 0).format(share * 100);
  return language === 'en' ? `${value}%` : `${value} %`;
}
