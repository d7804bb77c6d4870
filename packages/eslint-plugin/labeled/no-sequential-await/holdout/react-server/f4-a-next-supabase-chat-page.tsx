// case: a Next.js 15 server component page for one AI chat thread, reading the chat, its messages and the monthly token usage from Supabase
// category: react-server
// why: params and searchParams are promises Next already started (no new work), createClient() must
//      come before the client is used and getUser() is the auth guard; the chat row, the messages and
//      the usage rpc only use chatId and user.id and read: group A, with the access check after them
import { notFound, redirect } from 'next/navigation';
import { createClient } from '@/lib/supabase/server';
import { ChatPanel } from './chat-panel';
import { UsageMeter } from './usage-meter';

type Props = {
  params: Promise<{ chatId: string }>;
  searchParams: Promise<{ model?: string }>;
};

export default async function ChatPage({ params, searchParams }: Props) {
  const { chatId } = await params;
  const { model } = await searchParams;
  const supabase = await createClient();

  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect(`/login?next=/chat/${chatId}`);

  const { data: chat } = /*@A*/ await supabase
    .from('chats')
    .select('id, title, owner_id, visibility')
    .eq('id', chatId)
    .maybeSingle();
  const { data: messages } = /*@A*/ await supabase
    .from('messages')
    .select('id, role, parts, created_at')
    .eq('chat_id', chatId)
    .order('created_at', { ascending: true });
  const { data: tokensUsed } = /*@A*/ await supabase.rpc('tokens_used_this_month', { uid: user.id });

  if (!chat || (chat.visibility === 'private' && chat.owner_id !== user.id)) {
    notFound();
  }

  return (
    <main className="mx-auto flex h-dvh max-w-3xl flex-col">
      <header className="flex items-center justify-between border-b p-3">
        <h1 className="truncate text-sm font-medium">{chat.title ?? 'Untitled chat'}</h1>
        <UsageMeter used={tokensUsed ?? 0} limit={2_000_000} />
      </header>
      <ChatPanel
        chatId={chat.id}
        initialMessages={messages ?? []}
        model={model ?? 'gpt-4.1-mini'}
        readOnly={chat.owner_id !== user.id}
      />
    </main>
  );
}
