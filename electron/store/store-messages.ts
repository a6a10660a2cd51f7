/** What an OS error code means, in plain Dutch (for messages that quote the code). */
export function osReason(code: string): string {
  switch (code) {
    case 'ENOSPC':
      return 'de schijf is vol';
    case 'EDQUOT':
      return 'je schijfruimte (quotum) is op';
    case 'EROFS':
      return 'de schijf of map is alleen-lezen';
    case 'EACCES':
    case 'EPERM':
      return 'je hebt geen schrijfrechten op deze map';
    case 'EIO':
      return 'de schijf meldt een lees- of schrijffout';
    default:
      return 'het besturingssysteem weigerde het schrijven';
  }
}

/**
 * The Dutch texts of the store: errors thrown to the UI and notices. Each says what happened,
 * where (full paths) and what to do. Kept in one file so wording stays consistent.
 */
export const storeMessages = {
  /** A map sealed with a passphrase that is not unlocked in this session. */
  locked: (name: string): string => `De kaart "${name}" is beveiligd met een wachtwoord. Vul het wachtwoord in om haar te openen.`,
  /** setPassphrase on a map that already has one. */
  alreadySealed: 'Deze kaart is al beveiligd met een wachtwoord.',
  /** setPassphrase / removePassphrase whose write the disk refused: nothing changed. */
  sealNotWritten: (name: string, file: string, code: string, sealed: boolean): string =>
    `De kaart "${name}" is ${sealed ? 'nog steeds beveiligd' : 'niet beveiligd'}: Wijkweb kon ${file} niet schrijven (${code}: ${osReason(code)}). ` +
    `Er is niets veranderd. Maak de map weer schrijfbaar en probeer het opnieuw.`,
  /** removePassphrase on a map without one. */
  notSealed: 'Deze kaart is niet beveiligd met een wachtwoord.',
  /** lock while a save still fails: locking would drop changes that are only in memory. */
  lockUnsaved: 'Vergrendelen kan nog niet: de laatste wijzigingen zijn nog niet opgeslagen. Probeer het zo opnieuw.',
  /** A map id that is not (or no longer) in the list. */
  notFound: (id: string): string => `Kaart "${id}" bestaat niet (meer). Kies een kaart uit de lijst.`,
  /** An empty or too long map name. */
  invalidName: (max: number): string => `Geef de kaart een naam van 1 tot ${max} tekens.`,
  /** A command that would leave the map invalid. */
  invalidResult: 'Deze wijziging zou de kaart ongeldig maken en is niet uitgevoerd.',
  /** The store was closed (the app is quitting). */
  closed: 'Wijkweb sluit af; deze wijziging is niet meer uitgevoerd.',
  /** A map of a newer format: opening is refused, the file is untouched. */
  futureVersion: (message: string, file: string): string =>
    `${message} Het bestand ${file} is niet gewijzigd.`,
  /** A file the OS would not let us read. */
  unreadable: (file: string, code: string): string =>
    `Wijkweb kon ${file} niet lezen (${code}). Controleer of het bestand bestaat en of je er toegang toe hebt.`,
  /** A move or write that the OS refused while handling a file. */
  ioFailed: (file: string, code: string): string =>
    `Wijkweb kon ${file} niet verplaatsen of schrijven (${code}). Er is niets verwijderd. Controleer of de schijf vol is of de map alleen-lezen is.`,
  /** Thrown by open(): a damaged map without a usable backup. */
  damagedNoBackup: (name: string, damaged: string): string =>
    `De kaart "${name}" is beschadigd en er is geen bruikbare reservekopie. Het bestand is bewaard in ${damaged}.`,

  /** Notice: a damaged map was moved aside and the newest good backup restored. */
  restoredBackup: (name: string, reason: string, damaged: string, backup: string, current: string): string =>
    `De kaart "${name}" kon niet worden gelezen: ${reason} Het beschadigde bestand is verplaatst naar ${damaged} (niet verwijderd). ` +
    `Wijkweb heeft de nieuwste goede reservekopie ${backup} teruggezet als ${current}. Wijzigingen van na die reservekopie ontbreken mogelijk.`,
  /** Notice: a damaged map was moved aside and no backup could be used. */
  quarantinedNoBackup: (name: string, reason: string, damaged: string): string =>
    `De kaart "${name}" kon niet worden gelezen: ${reason} Er is geen bruikbare reservekopie, dus de kaart staat niet meer in de lijst. ` +
    `Het bestand is niet verwijderd maar verplaatst naar ${damaged}; bewaar het, dan kan het misschien nog worden hersteld.`,
  /** Notice: changes confirmed before a crash were recovered from the journal. */
  journalReplayed: (name: string, count: number): string =>
    `Wijkweb is de vorige keer niet netjes afgesloten. ${count === 1 ? 'De laatste wijziging' : `De laatste ${count} wijzigingen`} ` +
    `van de kaart "${name}" ${count === 1 ? 'is' : 'zijn'} hersteld; er is niets verloren.`,
  /** Notice: the journal had a line that could not be used. */
  journalDamaged: (name: string, problem: string, applied: number, kept: string): string =>
    `Wijkweb is de vorige keer niet netjes afgesloten en kon niet alle wijzigingen van de kaart "${name}" herstellen ` +
    `(${problem}). ${applied} ${applied === 1 ? 'wijziging is' : 'wijzigingen zijn'} hersteld; de rest staat in ${kept}.`,
  /** Notice: journal lines that could not be read were skipped; the lines after them were used. */
  journalSkipped: (name: string, problem: string, applied: number, kept: string): string =>
    `Wijkweb is de vorige keer niet netjes afgesloten. ${applied} ${applied === 1 ? 'wijziging' : 'wijzigingen'} van de kaart "${name}" ` +
    `${applied === 1 ? 'is' : 'zijn'} hersteld, maar ${problem}. Zo'n regel is meestal een wijziging die half werd weggeschreven toen de schijf vol was ` +
    `en die daarom nooit is bevestigd. Controleer de kaart; het journaal is bewaard in ${kept}.`,
  /** The part of journalSkipped that names the skipped lines. */
  journalLinesSkipped: (lines: readonly number[]): string =>
    lines.length === 1 ? `regel ${lines[0]} van het journaal was onleesbaar en is overgeslagen` : `de regels ${lines.join(', ')} van het journaal waren onleesbaar en zijn overgeslagen`,
  /** Thrown by an edit whose journal line the disk refused: the edit is not made. */
  editNotSaved: (file: string, code: string): string =>
    `Deze wijziging is niet uitgevoerd: Wijkweb kon haar niet veilig opslaan in ${file} (${code}: ${osReason(code)}). ` +
    `De kaart is gebleven zoals ze was. Maak ruimte vrij op de schijf of maak de map weer schrijfbaar, en probeer het dan opnieuw.`,
  /** Thrown by create/import/duplicate when the new map file cannot be written: no map is made. */
  mapNotCreated: (name: string, file: string, code: string): string =>
    `De kaart "${name}" is niet gemaakt: Wijkweb kon ${file} niet schrijven (${code}: ${osReason(code)}). ` +
    `Maak ruimte vrij op de schijf of maak de map weer schrijfbaar, en probeer het dan opnieuw.`,
  /** Notice: the list of maps was damaged and rebuilt. */
  indexRebuilt: (file: string, reason: string, damaged: string): string =>
    `De lijst met kaarten (${file}) kon niet worden gelezen: ${reason} Wijkweb heeft de lijst opnieuw opgebouwd uit de kaartbestanden; ` +
    `er is geen kaart verloren. Het oude bestand staat in ${damaged}.`,
  /** Notice: a map of a newer format is in the folder. */
  futureNotice: (name: string, file: string): string =>
    `De kaart "${name}" (${file}) is gemaakt met een nieuwere versie van Wijkweb en kan hier niet worden geopend. ` +
    `Het bestand blijft onaangeroerd; werk Wijkweb bij om de kaart te openen.`,
  /** Notice: a save failed; edits are kept in memory and retried. */
  saveFailed: (what: string, file: string, code: string, osMessage: string, retryInMs: number): string =>
    `Wijkweb kon ${what} niet opslaan in ${file} (${code}: ${osMessage}). Je wijzigingen zijn niet verloren: ze staan nog in het geheugen, ` +
    `en Wijkweb probeert het over ${Math.round(retryInMs / 1000)} seconden opnieuw. Controleer of de schijf vol is of de map alleen-lezen is, ` +
    `en sluit Wijkweb niet af voordat het opslaan weer lukt.`,
  /** Notice: a save worked again after failing. */
  saveRecovered: (what: string, file: string): string => `Het opslaan lukt weer: ${what} is opgeslagen in ${file}.`,
  /** How a map is named in a save notice. */
  mapWhat: (name: string): string => `de kaart "${name}"`,
  /** How the list of maps is named in a save notice. */
  indexWhat: 'de lijst met kaarten',
} as const;
