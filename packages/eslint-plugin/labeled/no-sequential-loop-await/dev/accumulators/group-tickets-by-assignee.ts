// case: a support digest groups each open ticket's details under its assignee
// category: accumulators
// why: loop A is reported: zendesk tickets.show is a read per ticket; the body appends to
//      `byAssignee[assignee]` after the await, a group-by that never feeds the next call
import { zendesk } from '../integrations/zendesk';

export async function digest(ticketRefs: { id: number; assignee: string }[]) {
  const byAssignee: Record<string, { id: number; subject: string; priority: string }[]> = {};
  /*@A*/ for (const ref of ticketRefs) {
    const ticket = await zendesk.tickets.show(ref.id);
    (byAssignee[ref.assignee] ??= []).push({ id: ref.id, subject: ticket.subject, priority: ticket.priority });
  }
  return byAssignee;
}
