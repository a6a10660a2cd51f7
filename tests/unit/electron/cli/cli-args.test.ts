import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../electron/cli/cli-errors';
import { parseArgs } from '../../../../electron/cli/commands/cli-args';

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
});
