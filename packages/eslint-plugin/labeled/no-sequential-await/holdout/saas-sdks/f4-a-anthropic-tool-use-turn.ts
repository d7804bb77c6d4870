// case: one agent turn with the Anthropic SDK: load history, count tokens and trim, then call the model and run tools until it stops asking for them
// category: saas-sdks
// why: a dependency chain through the messages array: countTokens needs the history, its result
//      decides whether messages is trimmed in place, and messages.create reads that array; each later
//      create reads the tool results pushed into it; the tool calls sit in a loop body, and the final
//      saveHistory is a discarded write
import Anthropic from '@anthropic-ai/sdk';
import { loadHistory, saveHistory } from './history';
import { callTool, toolDefinitions } from './tools';

const anthropic = new Anthropic();
const MODEL = 'claude-sonnet-4-5';
const SYSTEM = 'You are an operations assistant with read access to our status page and incident log.';
const MAX_INPUT_TOKENS = 150_000;

export async function runAgentTurn(conversationId: string, userText: string) {
  const history = await loadHistory(conversationId);
  const messages: Anthropic.MessageParam[] = [...history, { role: 'user', content: userText }];

  const { input_tokens } = await anthropic.messages.countTokens({
    model: MODEL,
    system: SYSTEM,
    tools: toolDefinitions,
    messages,
  });
  if (input_tokens > MAX_INPUT_TOKENS) {
    messages.splice(0, messages.length - 20);
  }

  let response = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 2048,
    system: SYSTEM,
    tools: toolDefinitions,
    messages,
  });

  while (response.stop_reason === 'tool_use') {
    messages.push({ role: 'assistant', content: response.content });
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type !== 'tool_use') continue;
      const output = await callTool(block.name, block.input);
      results.push({ type: 'tool_result', tool_use_id: block.id, content: JSON.stringify(output) });
    }
    messages.push({ role: 'user', content: results });
    response = await anthropic.messages.create({
      model: MODEL,
      max_tokens: 2048,
      system: SYSTEM,
      tools: toolDefinitions,
      messages,
    });
  }

  messages.push({ role: 'assistant', content: response.content });
  await saveHistory(conversationId, messages);
  return response.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('\n');
}
