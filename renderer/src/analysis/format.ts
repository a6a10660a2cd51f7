/** A measure as the panel shows it: Dutch or English decimal sign, fixed digits. */
export function formatNumber(value: number | null, language: string, digits = 3): string {
  if (value === null) return '–';
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
