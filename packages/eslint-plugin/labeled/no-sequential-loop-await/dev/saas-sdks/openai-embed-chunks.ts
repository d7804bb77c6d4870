// case: an ingestion step embeds each chunk of a document before storing the vectors
// category: saas-sdks
// why: openai.embeddings.create is a read (it creates nothing that is read back); each chunk is
//      embedded on its own and the vector is pushed into an array declared before the loop
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export interface Chunk {
  id: string;
  text: string;
}

export async function embedChunks(chunks: Chunk[]) {
  const vectors: { id: string; embedding: number[] }[] = [];
  /*@A*/ for (const chunk of chunks) {
    const res = await openai.embeddings.create({
      model: 'text-embedding-3-small',
      input: chunk.text,
      encoding_format: 'float',
    });
    vectors.push({ id: chunk.id, embedding: res.data[0].embedding });
  }
  return vectors;
}
