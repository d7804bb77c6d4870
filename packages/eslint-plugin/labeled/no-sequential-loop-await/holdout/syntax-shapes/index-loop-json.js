// case: a browser widget loads the details of each selected item with a classic index loop
// category: syntax-shapes
// why: `for (let i = 0; i < ids.length; i++)` over ids[i]; each iteration awaits a GET and its JSON for
//      its own id and writes its own slot of `details`, so the iterations are independent
export async function loadDetails(ids, { signal } = {}) {
  const details = new Array(ids.length);
  /*@A*/ for (let i = 0; i < ids.length; i++) {
    const res = await fetch(`/api/items/${encodeURIComponent(ids[i])}`, { signal, credentials: 'include' });
    if (!res.ok) {
      details[i] = { id: ids[i], error: res.status };
      continue;
    }
    details[i] = await res.json();
  }
  return details;
}
