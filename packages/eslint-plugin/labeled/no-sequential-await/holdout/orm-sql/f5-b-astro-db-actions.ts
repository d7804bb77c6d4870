// case: Astro actions over Astro DB that add an item to a list and rename a list
// category: orm-sql
// why: the list read checks ownership and is guarded by a NOT_FOUND throw; the insert is a discarded
//      write and the items read right after reads the same table it wrote; in rename the update is a
//      discarded write and the select reads back the same row: nothing can run together
import { defineAction, ActionError } from 'astro:actions';
import { z } from 'astro:schema';
import { db, eq, and, Items, Lists } from 'astro:db';

export const server = {
  addItem: defineAction({
    accept: 'form',
    input: z.object({ listId: z.number(), text: z.string().min(1).max(200) }),
    handler: async (input, context) => {
      const user = context.locals.user;
      if (!user) throw new ActionError({ code: 'UNAUTHORIZED' });
      const list = await db
        .select()
        .from(Lists)
        .where(and(eq(Lists.id, input.listId), eq(Lists.ownerId, user.id)))
        .get();
      if (!list) throw new ActionError({ code: 'NOT_FOUND', message: 'List not found' });
      await db.insert(Items).values({ listId: list.id, text: input.text, createdAt: new Date() });
      const items = await db.select().from(Items).where(eq(Items.listId, list.id));
      return { count: items.length };
    },
  }),
  renameList: defineAction({
    input: z.object({ listId: z.number(), title: z.string().min(1).max(80) }),
    handler: async ({ listId, title }, context) => {
      if (!context.locals.user) throw new ActionError({ code: 'UNAUTHORIZED' });
      await db
        .update(Lists)
        .set({ title })
        .where(and(eq(Lists.id, listId), eq(Lists.ownerId, context.locals.user.id)));
      const [updated] = await db.select().from(Lists).where(eq(Lists.id, listId));
      return updated;
    },
  }),
};
