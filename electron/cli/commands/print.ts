import { parseArgs } from './cli-args';
import { parseMapDocumentText } from '../../../shared/domain/migrations';
import { PAPER_SIZES, POSTER_LIMITS, renderPrint, type PaperSize, type PrintOptions } from '../../../shared/print';
import { chromiumPdf, PdfError, type PdfRequest } from '../../print/chromium-pdf';
import { dutchPrintLabels } from '../../print/cli-labels';
import { InputError, UsageError, EXIT_OK } from '../cli-errors';
import type { CliCommand } from '../command';

const USAGE = `wijkweb print KAART UIT.svg|UIT.pdf [--papier A4|A3] [--liggend] [--anoniem] [--titel TEKST] [--poster KxR]

Drukt een kaart (een Wijkweb-kaartbestand, .json of .wijkweb) af als SVG of PDF, net als Afdrukken in de app.
  --papier A4|A3   papierformaat (standaard A4)
  --liggend        liggend in plaats van staand
  --anoniem        natuurlijke personen worden "Bewoner 1", "Sleutelfiguur 2"…; hun namen komen nergens in het bestand
  --titel TEKST    titel boven de kaart (standaard de naam van de kaart)
  --poster KxR     poster over K kolommen × R rijen A4-vellen (bijv. 2x2); SVG krijgt dan -vel-N per vel
SVG heeft geen browser nodig; PDF gebruikt de Chromium, Chrome of Edge die er is (of WIJKWEB_CHROMIUM).`;

/** Reads `--poster 2x3` as columns × rows within the poster limits. */
function posterSize(value: string | undefined): PrintOptions['poster'] {
  if (value === undefined) return null;
  const match = /^(\d)x(\d)$/i.exec(value.trim());
  const columns = Number(match?.[1]);
  const rows = Number(match?.[2]);
  const inRange = (n: number): boolean => n >= POSTER_LIMITS.min && n <= POSTER_LIMITS.max;
  if (!match || !inRange(columns) || !inRange(rows)) {
    throw new UsageError(`--poster verwacht kolommen x rijen van 1 tot ${POSTER_LIMITS.max}, bijvoorbeeld 2x2 (niet '${value}').`);
  }
  return { columns, rows, overlapMm: POSTER_LIMITS.overlapMm };
}

/** `wijkweb print`: the same print as the app's print view, as SVG (no browser) or PDF (Chromium). */
export function printCommand(makePdf: (request: PdfRequest) => Promise<Uint8Array> = (r) => chromiumPdf(r)): CliCommand {
  return {
    name: 'print',
    summary: 'Druk een kaart af als SVG of PDF (A4/A3, liggend, anoniem).',
    usage: USAGE,
    async run(args, io) {
      const parsed = parseArgs(args, ['papier', 'titel', 'poster'], ['liggend', 'anoniem']);
      const [mapPath, outPath, ...rest] = parsed.positional;
      if (!mapPath || !outPath || rest.length > 0) throw new UsageError('Geef precies twee bestanden: de kaart en het uitvoerbestand.');
      const format = /\.svg$/i.test(outPath) ? 'svg' : /\.pdf$/i.test(outPath) ? 'pdf' : null;
      if (!format) throw new UsageError(`Het uitvoerbestand moet op .svg of .pdf eindigen (niet '${outPath}').`);
      const paper = (parsed.text('papier') ?? 'A4').toUpperCase();
      if (!(PAPER_SIZES as readonly string[]).includes(paper)) throw new UsageError(`--papier is A4 of A3 (niet '${parsed.text('papier') ?? ''}').`);
      const poster = posterSize(parsed.text('poster'));

      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(mapPath)).replace(/^\uFEFF/, '');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(
          code === 'ENOENT' ? `${mapPath}: bestand niet gevonden.` : `${mapPath}: kan het bestand niet lezen (${code ?? 'geen geldige UTF-8'}).`,
        );
      }
      const read = parseMapDocumentText(text);
      if (!read.ok) {
        throw new InputError([`${mapPath}: ${read.error.message}`, ...(read.error.details ?? []).map((d) => `  ${d}`)].join('\n'));
      }
      const doc = read.value;
      const options: PrintOptions = {
        paper: poster ? 'A4' : (paper as PaperSize),
        orientation: parsed.options.has('liggend') ? 'landscape' : 'portrait',
        marginMm: 12,
        title: parsed.text('titel') ?? doc.name,
        subtitle: '',
        date: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
        author: '',
        note: '',
        anonymise: parsed.options.has('anoniem'),
        visibleIds: null,
        poster,
        labels: dutchPrintLabels(),
      };
      const pages = renderPrint(doc, options);
      const title = /<title>([^<]*)<\/title>/.exec(pages[0]?.svg ?? '')?.[1] ?? '';
      const size = `${options.paper} ${options.orientation === 'landscape' ? 'liggend' : 'staand'}`;
      if (format === 'svg') {
        const names = pages.length === 1 ? [outPath] : pages.map((_, i) => outPath.replace(/\.svg$/i, `-vel-${i + 1}.svg`));
        pages.forEach((page, i) => io.writeFile(names[i] ?? outPath, page.svg));
        io.out(`${names.join(', ')}: ${pages.length} vel${pages.length === 1 ? '' : 'len'} ${size}.\n`);
        return EXIT_OK;
      }
      let pdf: Uint8Array;
      try {
        pdf = await makePdf({ pages: pages.map((p) => p.svg), paper: options.paper, orientation: options.orientation, title });
      } catch (error) {
        if (error instanceof PdfError) throw new InputError(error.message);
        throw error;
      }
      io.writeFile(outPath, pdf);
      io.out(`${outPath}: ${pages.length} vel${pages.length === 1 ? '' : 'len'} ${size}.\n`);
      return EXIT_OK;
    },
  };
}
