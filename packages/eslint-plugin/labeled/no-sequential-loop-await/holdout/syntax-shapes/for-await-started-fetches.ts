// case: a script starts all fetches with map and consumes them with for await in order
// category: syntax-shapes
// why: `for await` over an array of promises that already run together; the loop awaits running
//      promises and starts no new work, so there is nothing to report
export async function downloadAll(urls: string[]) {
  const texts: string[] = [];
  const pending = urls.map((url) => fetch(url).then((res) => res.text()));
  for await (const text of pending) {
    texts.push(text);
  }
  return texts;
}
