// case: a Next.js API route saves a chat message and notifies the conversation and the recipient through Pusher
// category: http-handlers
// why: the session is a guard; the conversation lookup is a membership check whose result decides
//      whether to go on and feeds the recipient; the message insert needs the conversation; the two
//      Pusher triggers are sends awaited for their effect (discarded), so they are never members even
//      though they look independent; nothing here is a group
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import Pusher from 'pusher';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

const pusher = new Pusher({
  appId: process.env.PUSHER_APP_ID!,
  key: process.env.NEXT_PUBLIC_PUSHER_KEY!,
  secret: process.env.PUSHER_SECRET!,
  cluster: process.env.NEXT_PUBLIC_PUSHER_CLUSTER!,
  useTLS: true,
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.id) return res.status(401).end();

  const { conversationId, body } = req.body as { conversationId: string; body: string };
  const conversation = await prisma.conversation.findFirst({
    where: { id: conversationId, participants: { some: { userId: session.user.id } } },
    include: { participants: { select: { userId: true } } },
  });
  if (!conversation) return res.status(403).end();

  const message = await prisma.message.create({
    data: { conversationId, body, senderId: session.user.id },
    include: { sender: { select: { id: true, name: true, image: true } } },
  });

  await pusher.trigger(`private-conversation-${conversationId}`, 'message:new', message);
  const others = conversation.participants.filter((p) => p.userId !== session.user.id);
  await pusher.trigger(
    others.map((p) => `private-user-${p.userId}`),
    'conversation:unread',
    { conversationId, preview: body.slice(0, 80) },
  );

  return res.status(201).json(message);
}
