// case: a jest suite loads an input fixture and its expected output in beforeAll
// category: browser-tests
// why: the two fixture reads open different files and are assigned to separate variables; the
//      parse in the test runs later and alone
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseInvoice, type Invoice } from '../src/invoice-parser';

const fixtures = path.join(__dirname, '__fixtures__');

describe('parseInvoice', () => {
  let rawText: string;
  let expected: Invoice;

  beforeAll(async () => {
    rawText = /*@A*/ await readFile(path.join(fixtures, 'acme-2024-03.txt'), 'utf8');
    expected = JSON.parse(/*@A*/ await readFile(path.join(fixtures, 'acme-2024-03.json'), 'utf8'));
  });

  it('extracts the header and line items', async () => {
    const invoice = await parseInvoice(rawText);
    expect(invoice).toEqual(expected);
  });
});
