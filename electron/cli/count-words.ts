/** The Dutch nouns the command line counts, singular and plural. */
const NOUNS = {
  actor: ['actor', 'actoren'],
  relatie: ['relatie', 'relaties'],
  band: ['band', 'banden'],
  rij: ['rij', 'rijen'],
} as const;

/** "1 actor", "2 actoren": a number with its noun in the right form. */
export function counted(n: number, noun: keyof typeof NOUNS): string {
  return `${n} ${NOUNS[noun][n === 1 ? 0 : 1]}`;
}
