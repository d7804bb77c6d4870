// case: a create-app CLI asks one question per template variable
// category: fs-cli
// why: not reported: each await is an interactive prompt on the terminal, a stateful source that
//      must ask one question at a time
import { input } from '@inquirer/prompts';

type Variable = { key: string; message: string; default?: string };

export async function askVariables(variables: Variable[]) {
  const answers: Record<string, string> = {};
  for (const variable of variables) {
    answers[variable.key] = await input({
      message: variable.message,
      default: variable.default,
      validate: (value) => value.trim().length > 0 || 'required',
    });
  }
  return answers;
}
