// case: a server action updates a todo and then counts the open todos in the same list
// category: react-server
// why: the count reads the todo table right after the update wrote it, and must see the new
//      state, so it stays after the update even though it uses no result of it
'use server';

import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';

const ToggleInput = z.object({ id: z.string().cuid(), listId: z.string().cuid(), done: z.boolean() });

export async function toggleTodo(raw: unknown) {
  const { id, listId, done } = ToggleInput.parse(raw);
  const todo = await prisma.todo.update({
    where: { id },
    data: { done, doneAt: done ? new Date() : null },
  });
  const remaining = await prisma.todo.count({ where: { listId, done: false } });
  revalidateTag(`todo-list:${listId}`);
  return { id: todo.id, done: todo.done, remaining };
}
