import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../electron/cli/cli-errors';
import { findOption, parseArgs } from '../../../../electron/cli/commands/cli-args';

describe('command-line arguments, the same for every wijkweb command', () => {
  it('reads positionals, valued options (with space or =) and flags', () => {
    const parsed = parseArgs(['kaart.wijkweb', '--vraag', 'Huiskamer open', '--papier=A3', '--json'], ['vraag', 'papier'], ['json']);
    expect(parsed.positional).toEqual(['kaart.wijkweb']);
    expect(parsed.text('vraag')).toBe('Huiskamer open');
    expect(parsed.text('papier')).toBe('A3');
    expect(parsed.options.has('json')).toBe(true);
    expect(parsed.text('json')).toBeUndefined();
  });

  it('keeps every value of a repeated option in order', () => {
    const parsed = parseArgs(['--van', 'Opbouwwerk', '--van', 'Wijkteam'], ['van'], []);
    expect(parsed.values('van')).toEqual(['Opbouwwerk', 'Wijkteam']);
    expect(parsed.values('naar')).toEqual([]);
  });

  it('refuses an unknown option or a missing value in Dutch', () => {
    expect(() => parseArgs(['--hop'], [], ['json'])).toThrow(new UsageError("Onbekende optie '--hop'."));
    expect(() => parseArgs(['--vraag'], ['vraag'], [])).toThrow(new UsageError('Optie --vraag heeft een waarde nodig.'));
  });

  it('keeps everything after the first = as the value (--titel=a=b gives "a=b")', () => {
    expect(parseArgs(['--titel=Kosten=baten'], ['titel'], []).text('titel')).toBe('Kosten=baten');
  });

  it('reads everything after -- as positionals, even when it looks like an option', () => {
    const parsed = parseArgs(['--json', '--', '--rare-naam.csv', '-'], [], ['json']);
    expect(parsed.positional).toEqual(['--rare-naam.csv', '-']);
    expect(parsed.options.has('json')).toBe(true);
  });

  it('says a flag takes no value, and that an empty value is no value', () => {
    expect(() => parseArgs(['--json=ja'], [], ['json'])).toThrow(new UsageError('Optie --json heeft geen waarde.'));
    expect(() => parseArgs(['--vraag='], ['vraag'], [])).toThrow(new UsageError('Optie --vraag heeft een waarde nodig.'));
    expect(() => parseArgs(['-x'], [], [])).toThrow(new UsageError("Onbekende optie '-x'."));
  });
});

describe('one option among switches this program does not know (the desktop app and Chromium)', () => {
  it('finds --data DIR and --data=DIR between Chromium switches', () => {
    expect(findOption(['/opt/wijkweb', '.', '--no-sandbox', '--data', '/tmp/kaarten', '--enable-logging'], 'data')).toBe('/tmp/kaarten');
    expect(findOption(['--data=/tmp/a=b'], 'data')).toBe('/tmp/a=b');
  });

  it('gives nothing when the option is absent, empty, or followed by another switch', () => {
    expect(findOption(['.', '--no-sandbox'], 'data')).toBeUndefined();
    expect(findOption(['--data='], 'data')).toBeUndefined();
    expect(findOption(['--data', '--no-sandbox'], 'data')).toBeUndefined();
  });
});
