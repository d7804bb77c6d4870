// case: a Cloudflare Worker import endpoint reads the header line and the first row from the request body stream
// category: serverless
// why: both reads pull the next line from the same stream reader, so they stay in order; the D1 insert
//      uses what they returned
export interface Env {
  DB: D1Database;
}

function splitLines() {
  let buffer = '';
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) controller.enqueue(line);
    },
    flush(controller) {
      if (buffer.trim()) controller.enqueue(buffer);
    },
  });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (!request.body) return new Response('empty body', { status: 400 });
    const reader = request.body.pipeThrough(new TextDecoderStream()).pipeThrough(splitLines()).getReader();

    const header = await reader.read();
    const firstRow = await reader.read();
    if (header.done || firstRow.done) return new Response('need a header and one row', { status: 400 });

    const manifest = JSON.parse(header.value) as { table: string; columns: string[] };
    const sample = JSON.parse(firstRow.value) as Record<string, unknown>;
    const missing = manifest.columns.filter((col) => !(col in sample));

    const result = await env.DB.prepare('INSERT INTO imports (target_table, columns, missing) VALUES (?, ?, ?)')
      .bind(manifest.table, JSON.stringify(manifest.columns), JSON.stringify(missing))
      .run();
    return Response.json({ importId: result.meta.last_row_id, missing });
  },
} satisfies ExportedHandler<Env>;
