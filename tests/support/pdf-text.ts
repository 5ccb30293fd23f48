/**
 * A PDF's text as a reader would copy it, with every run of white space made one space, read
 * with pdf-parse (pdf.js), so that a test can look for what a page says across line breaks.
 */
import { PDFParse } from 'pdf-parse';

export async function pdfText(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes.slice(0)) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}
