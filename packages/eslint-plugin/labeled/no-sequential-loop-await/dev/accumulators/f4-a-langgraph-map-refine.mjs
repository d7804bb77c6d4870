// case: a LangGraph summarization graph: a map node summarizes each document, a refine node folds the partial summaries into one
// category: accumulators
// why: the map node's loop runs over state.docs and each iteration awaits one chain call on its own
//      document, only pushing the result: report it; the refine loop feeds the summary produced by the
//      previous iteration into the next call, an accumulator, so it must stay sequential
import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';

const llm = new ChatOpenAI({ model: 'gpt-4.1-mini', temperature: 0 });

const mapChain = ChatPromptTemplate.fromTemplate('Summarize the key points of this document:\n\n{doc}')
  .pipe(llm)
  .pipe(new StringOutputParser());

const refineChain = ChatPromptTemplate.fromTemplate(
  'Here is a summary so far:\n{summary}\n\nRefine it with this additional material, keeping it under 200 words:\n{partial}',
)
  .pipe(llm)
  .pipe(new StringOutputParser());

const State = Annotation.Root({
  docs: Annotation(),
  partials: Annotation(),
  summary: Annotation(),
});

async function mapNode(state) {
  const partials = [];
  /*@A*/ for (const doc of state.docs) {
    partials.push(await mapChain.invoke({ doc: doc.pageContent }));
  }
  return { partials };
}

async function refineNode(state) {
  let summary = '';
  for (const partial of state.partials) {
    summary = await refineChain.invoke({ summary, partial });
  }
  return { summary };
}

export const summarizeGraph = new StateGraph(State)
  .addNode('map', mapNode)
  .addNode('refine', refineNode)
  .addEdge(START, 'map')
  .addEdge('map', 'refine')
  .addEdge('refine', END)
  .compile();
