import { describe, expect, it } from 'vitest';
import { adviceOf, engagementOf, ENGAGEMENTS } from '../../../../shared/forcefield/advice';

describe('what to do with an actor in a krachtenveld (Mendelow, refined by stance)', () => {
  it('puts actors in the four cells of influence × interest, 3 or more counting as high', () => {
    expect(engagementOf({ influence: 5, interest: 5 })).toBe('nauw-betrekken');
    expect(engagementOf({ influence: 3, interest: 2 })).toBe('tevreden-houden');
    expect(engagementOf({ influence: 2, interest: 3 })).toBe('informeren');
    expect(engagementOf({ influence: 1, interest: 1 })).toBe('volgen');
    expect(new Set(ENGAGEMENTS).size).toBe(4);
  });

  it('gives a committed supporter with little influence a role to play, not a watch', () => {
    expect(adviceOf({ stance: 2, influence: 1, interest: 5 })).toEqual({ engagement: 'informeren', side: 'voor', key: 'informeren.voor' });
  });

  it('reads an unknown stance as someone to talk to first, and a negative one as against', () => {
    expect(adviceOf({ stance: null, influence: 4, interest: 4 }).key).toBe('nauw-betrekken.neutraal');
    expect(adviceOf({ stance: -1, influence: 4, interest: 1 }).key).toBe('tevreden-houden.tegen');
  });
});
