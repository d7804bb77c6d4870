import Handlebars from 'handlebars';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { BillingContext } from './billing';

export async function renderInvoicePdf(template: string, billing: BillingContext, invoiceId: string) {
  const text = Handlebars.compile(template)({ ...billing, invoiceId });
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  let y = page.getHeight() - 60;
  for (const line of text.split('\n')) {
    page.drawText(line, { x: 50, y, size: 11, font });
    y -= 16;
  }
  return doc.save();
}
