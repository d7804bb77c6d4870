// case: a vitest suite launches Chromium and loads a report fixture before rendering PDFs
// category: browser-tests
// why: launching the browser is an effect that may go first, since the fixture read touches
//      nothing of the browser; the test's page steps depend on each other and stay in order
import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderReportHtml, type ReportData } from '../src/report';

let browser: Browser;
let report: ReportData;

beforeAll(async () => {
  browser = /*@A*/ await chromium.launch();
  report = JSON.parse(/*@A*/ await readFile(new URL('./fixtures/report.json', import.meta.url), 'utf8'));
});

afterAll(async () => {
  await browser.close();
});

test('the report renders to a PDF', async () => {
  const page = await browser.newPage();
  await page.setContent(renderReportHtml(report), { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(1_000);
});
