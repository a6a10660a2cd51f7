/** A date-time for the home screen in the interface language ("25 nov 2025, 14:05"); the raw text if unparsable. */
export function formatChanged(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
