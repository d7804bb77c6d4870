// case: an onboarding bot asks the model a list of follow-up questions in one conversation kept on `this`
// category: saas-sdks
// why: ask() appends to this.messages and sends the whole history, so each question's completion
//      reads the previous answer; running them together would send each question without the others
import OpenAI from 'openai';

type Msg = OpenAI.Chat.Completions.ChatCompletionMessageParam;

export class OnboardingBot {
  private messages: Msg[];

  constructor(private readonly openai: OpenAI, systemPrompt: string) {
    this.messages = [{ role: 'system', content: systemPrompt }];
  }

  async ask(question: string): Promise<string> {
    this.messages.push({ role: 'user', content: question });
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4.1-mini',
      messages: this.messages,
    });
    const reply = completion.choices[0]?.message;
    if (reply) this.messages.push(reply);
    return reply?.content ?? '';
  }

  async interview(questions: readonly string[]) {
    const answers: Record<string, string> = {};
    for (const question of questions) {
      answers[question] = await this.ask(question);
    }
    return answers;
  }
}
