import { describe, expect, it } from 'vitest';
import { counted } from '../../../../electron/cli/count-words';

describe('counting in the command line', () => {
  it('says "1 actor" and "1 relatie", never "1 actoren"', () => {
    expect(counted(1, 'actor')).toBe('1 actor');
    expect(counted(0, 'actor')).toBe('0 actoren');
    expect(counted(66, 'relatie')).toBe('66 relaties');
    expect(counted(1, 'rij')).toBe('1 rij');
  });
});
