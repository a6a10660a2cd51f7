import { exportFormatFor, exportMap, OUTPUT_EXTENSIONS } from '../../../shared/io/export/index';
import { exportXlsx } from '../../../shared/io/xlsx';
import { anonymiseDocument } from '../../../shared/print/anonymise';
import { formatProblem } from '../../../shared/io/problems';
import { counted } from '../count-words';
import { InputError, UsageError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../command';
import { attachForceField } from './attach-force-field';
import { parseArgs } from './cli-args';
import { readInputs } from './read-inputs';

const OUT_EXTENSIONS = OUTPUT_EXTENSIONS.map((e) => `.${e}`).join(' ');

/** Writes an output file; a failure (missing folder, no permission) is an InputError naming the file. */
function write(io: CliIo, path: string, data: string | Uint8Array): void {
  try {
    io.writeFile(path, data);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'de map bestaat niet' : code === 'EACCES' || code === 'EPERM' ? 'geen toestemming' : code === 'EISDIR' ? 'dat is een map' : String(code ?? error);
    throw new InputError(`${path}: kan niet schrijven (${why}).`);
  }
}

/** `wijkweb convert IN OUT`: any readable format to any writable one, by extension. */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'zet een bestand om naar een ander formaat (CSV, GraphML, GEXF, Cytoscape, GML, Pajek, .wijkweb)',
  usage: [
    'Gebruik: wijkweb convert IN [--relations RELATIES.csv] UIT [--delimiter ,] [--skip-unknown] [--anoniem] [--contactgegevens]',
    '       wijkweb convert IN [--relations RELATIES.csv] --krachtenveld KV.csv --vraag "VRAAG" [--datum JJJJ-MM-DD] UIT.wijkweb',
    '',
    'Leest IN (formaat aan de extensie en de inhoud; ook een Excel-werkmap, elk blad met gegevens)',
    'en schrijft UIT (formaat aan de extensie):',
    `  ${OUT_EXTENSIONS}`,
    'Bij .csv worden twee bestanden geschreven: UIT (actoren) en UIT-relaties.csv; .xlsx krijgt twee bladen.',
    '  --relations F    tweede CSV met relaties (Van;Naar;…) bij een CSV met actoren',
    '  --delimiter D    scheidingsteken voor CSV-uitvoer: ; (standaard), , of tab',
    '  --skip-unknown   relaties naar onbekende actoren overslaan in plaats van die actoren te maken',
    '  --krachtenveld F krachtenveld-CSV (Actor;Houding;Invloed;Belang;Toelichting) als krachtenveld toevoegen',
    '                   (alleen bij .wijkweb); onbekende namen worden met hun regel gemeld en overgeslagen',
    '  --vraag TEKST    de vraag van dat krachtenveld (verplicht bij --krachtenveld)',
    '  --datum D        datum van het krachtenveld (JJJJ-MM-DD, standaard vandaag)',
    '  --anoniem        natuurlijke personen worden "Bewoner 1", "Sleutelfiguur 2"…; hun namen en notities komen niet in UIT',
    '  --contactgegevens telefoon, e-mail, website en adres meenemen (standaard niet; .wijkweb heeft ze altijd)',
    'Meldingen over de invoer gaan naar stderr, met bestand, regel en kolom.',
  ].join('\n'),
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['relations', 'delimiter', 'krachtenveld', 'vraag', 'datum'], ['skip-unknown', 'anoniem', 'contactgegevens']);
    if (positional.length !== 2) throw new UsageError('Geef precies één invoer- en één uitvoerbestand.');
    const [input = '', output = ''] = positional;
    const format = exportFormatFor(output);
    if (!format) throw new UsageError(`Onbekend uitvoerformaat '${output}'; kies een van: ${OUT_EXTENSIONS}.`);
    const delimiterOption = options.get('delimiter');
    const delimiter = delimiterOption === undefined ? (output.toLowerCase().endsWith('.tsv') ? '\t' : ';') : delimiterOption === 'tab' ? '\t' : delimiterOption;
    if (delimiter !== ';' && delimiter !== ',' && delimiter !== '\t') throw new UsageError(`Scheidingsteken '${String(delimiter)}' kan niet; kies ; , of tab.`);
    const forceFieldCsv = options.get('krachtenveld');
    const question = options.get('vraag');
    if (typeof forceFieldCsv === 'string' && format !== 'wijkweb') throw new UsageError('--krachtenveld kan alleen bij uitvoer naar .wijkweb (andere formaten hebben geen krachtenvelden).');
    if (typeof forceFieldCsv !== 'string' && (options.has('vraag') || options.has('datum'))) throw new UsageError('--vraag en --datum horen bij --krachtenveld.');
    const relations = options.get('relations');
    const paths = typeof relations === 'string' ? [input, relations] : [input];
    const read = await readInputs(io, paths, !options.has('skip-unknown'));
    for (const problem of read.plan.problems) io.err(`${formatProblem(problem)}\n`);
    let doc = read.doc;
    let attached = '';
    if (typeof forceFieldCsv === 'string') {
      const date = options.get('datum');
      const result = attachForceField(io, doc, forceFieldCsv, typeof question === 'string' ? question : '', typeof date === 'string' ? date : new Date().toISOString().slice(0, 10));
      doc = result.doc;
      attached = `, met een krachtenveld van ${counted(result.entries, 'actor')}${result.skipped > 0 ? ` (${counted(result.skipped, 'rij')} overgeslagen)` : ''}`;
    }
    // Last, so the names also leave what was attached (force-field notes of persons).
    if (options.has('anoniem')) doc = anonymiseDocument(doc);
    const contactDetails = options.has('contactgegevens');
    if (format === 'xlsx') {
      write(io, output, await exportXlsx(doc, { contactDetails }));
      io.out(`${counted(doc.actors.length, 'actor')} en ${counted(doc.relations.length, 'relatie')} geschreven naar ${output}.\n`);
      return 0;
    }
    const files = exportMap(doc, format, { delimiter, contactDetails });
    const base = output.replace(/\.[^.\\/]+$/, '');
    const ext = output.slice(base.length);
    const written: string[] = [];
    for (const file of files) {
      const path = file.suffix === '' ? output : `${base}${file.suffix}${ext}`;
      write(io, path, file.text);
      written.push(path);
    }
    io.out(`${counted(doc.actors.length, 'actor')} en ${counted(doc.relations.length, 'relatie')} geschreven naar ${written.join(' en ')}${attached}.\n`);
    return 0;
  },
};
