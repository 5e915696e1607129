/**
 * Journey maps as files: PNG through resvg and printable A3 PDF through pdfkit +
 * svg-to-pdfkit. Both draw the SVG of `render-svg.ts`, so every export looks the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { type MapLang, mapLabels } from './map-labels.ts';
import { planMapPages } from './map-pages.ts';
import { renderMapSvg } from './render-svg.ts';
import type { WorkspaceModel } from './schema.ts';

export const DEFAULT_PNG_WIDTH = 2400;

/** A3 landscape, in PDF points. */
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 } as const;
const PAGE_MARGIN = 28;
const FOOTER_HEIGHT = 18;

interface SansFont {
  readonly family: string;
  readonly regular: string;
  readonly bold: string;
}

/** Fonts with Arial's metrics first (the layout estimates text with them), then DejaVu. */
function bundledFont(file: string): string {
  return fileURLToPath(new URL(`../../node_modules/dejavu-fonts-ttf/ttf/${file}`, import.meta.url));
}

const SANS_FONTS: readonly SansFont[] = [
  [
    'Liberation Sans',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  ],
  [
    'Liberation Sans',
    '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
    '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
  ],
  [
    'Arial',
    '/System/Library/Fonts/Supplemental/Arial.ttf',
    '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  ],
  ['Arial', 'C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'],
  [
    'DejaVu Sans',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
  [
    'DejaVu Sans',
    '/usr/share/fonts/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
  ],
  // Shipped as an npm dependency: a machine without any font still prints text.
  ['DejaVu Sans', bundledFont('DejaVuSans.ttf'), bundledFont('DejaVuSans-Bold.ttf')],
].map(([family = '', regular = '', bold = '']) => ({ family, regular, bold }));

let sansFont: SansFont | null | undefined;

/** The first sans-serif font installed with both weights; `null` when none is known. */
function findSansFont(): SansFont | null {
  if (sansFont === undefined) {
    sansFont = SANS_FONTS.find((font) => existsSync(font.regular) && existsSync(font.bold)) ?? null;
  }
  return sansFont;
}

/** Renders an SVG to PNG, `width` pixels wide (default 2400), with the system's fonts. */
export function mapToPng(svg: string, options: { width?: number } = {}): Buffer {
  const font = findSansFont();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(options.width ?? DEFAULT_PNG_WIDTH) },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      ...(font
        ? {
            fontFiles: [font.regular, font.bold],
            sansSerifFamily: font.family,
            defaultFontFamily: font.family,
          }
        : {}),
    },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

export interface MapPdfOptions {
  readonly lang: MapLang;
  /** The printing date shown in the footer (default: now). */
  readonly date?: Date;
}

type Pdf = InstanceType<typeof PDFDocument>;

function collect(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Names of the fonts svg-to-pdfkit asks for; the PDF standard fonts when none is installed. */
function pdfFonts(doc: Pdf): { regular: string; bold: string } {
  const font = findSansFont();
  if (!font) return { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  doc.registerFont('map-sans', font.regular);
  doc.registerFont('map-sans-bold', font.bold);
  return { regular: 'map-sans', bold: 'map-sans-bold' };
}

function footer(doc: Pdf, font: string, left: string, right: string): void {
  const y = A3_LANDSCAPE.height - PAGE_MARGIN - 9;
  const width = A3_LANDSCAPE.width - 2 * PAGE_MARGIN;
  doc.font(font).fontSize(8).fillColor('#6b7280');
  doc.text(left, PAGE_MARGIN, y, { width, align: 'left', lineBreak: false });
  doc.text(right, PAGE_MARGIN, y, { width, align: 'right', lineBreak: false });
}

/**
 * The map of one journey as a PDF of A3 landscape pages, or `undefined` when there is no such
 * journey. One page when the card text stays at least ~6 pt once scaled to fit; otherwise the
 * stages are split over several pages, each repeating the lane names, title and legend.
 */
export async function mapToPdf(
  model: WorkspaceModel,
  journeyId: string,
  options: MapPdfOptions,
): Promise<Buffer | undefined> {
  const journey = model.journeys.find((candidate) => candidate.id === journeyId);
  const page = {
    width: A3_LANDSCAPE.width - 2 * PAGE_MARGIN,
    height: A3_LANDSCAPE.height - 2 * PAGE_MARGIN - FOOTER_HEIGHT,
  };
  const plan = planMapPages(model, journeyId, page);
  if (!journey || !plan) return undefined;
  const labels = mapLabels(options.lang);
  const doc = new PDFDocument({
    size: 'A3',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: { Title: journey.name, Creator: 'Parcours' },
  });
  const done = collect(doc);
  const fonts = pdfFonts(doc);
  const date = new Intl.DateTimeFormat(options.lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(options.date ?? new Date());
  plan.pages.forEach(({ stageIds, width: mapWidth, height: mapHeight }, index) => {
    const pageLabel = labels.page(index + 1, plan.pages.length);
    const svg = renderMapSvg(model, journeyId, {
      lang: options.lang,
      ...(plan.pages.length > 1 ? { stageIds, pageLabel } : {}),
    });
    if (!svg) return;
    doc.addPage();
    const width = mapWidth * plan.scale;
    const x = PAGE_MARGIN + (page.width - width) / 2;
    // The SVG keeps its own pixel size: scale the page's coordinates instead.
    doc.save().translate(x, PAGE_MARGIN).scale(plan.scale);
    SVGtoPDF(doc as unknown as typeof PDFDocument, svg, 0, 0, {
      width: mapWidth,
      height: mapHeight,
      assumePt: true,
      fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
    });
    doc.restore();
    footer(doc, fonts.regular, `Parcours — ${labels.printedOn(date)}`, pageLabel);
  });
  doc.end();
  return done;
}
