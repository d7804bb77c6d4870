// case: a market-data job loads a quote for each ticker, each request wrapped in p-retry
// category: pagination-retries
// why: loop A is reported: the retries live inside pRetry for one ticker; the loop itself has no
//      break or return, each ticker's GET is a read and the quote is set by symbol
import pRetry from 'p-retry';
import ky from 'ky';

const quotesApi = ky.create({ prefixUrl: 'https://quotes.example.com/v1', timeout: 5000 });

export async function latestQuotes(symbols: string[]) {
  const quotes = new Map<string, { price: number; asOf: string }>();
  /*@A*/ for (const symbol of symbols) {
    const quote = await pRetry(
      () => quotesApi.get(`quotes/${encodeURIComponent(symbol)}`).json<{ price: number; asOf: string }>(),
      { retries: 3, minTimeout: 200 },
    );
    quotes.set(symbol, quote);
  }
  return quotes;
}
