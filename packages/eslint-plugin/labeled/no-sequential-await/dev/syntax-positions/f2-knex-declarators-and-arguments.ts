// case: a Knex export handler has two reads in one `const`, an audit insert, then two reads as call arguments
// category: syntax-positions
// why: group A is the two declarators of one declaration, reading two tables by the same project id; the
//      audit insert is awaited for its effect and ends it; group B is the two reads passed to toCsv, which
//      read tables the insert does not touch and use nothing of each other
import type { Request, Response } from 'express';
import { knex } from '../db';
import { toCsv } from '../lib/csv';

export async function exportProject(req: Request, res: Response) {
  const projectId = req.params.id;
  const project = /*@A*/ await knex('projects').where({ id: projectId }).first(),
    tags = /*@A*/ await knex('project_tags').where({ project_id: projectId }).pluck('tag');
  if (!project) return res.sendStatus(404);

  await knex('audit_log').insert({
    action: 'project.export',
    project_id: projectId,
    user_id: req.user!.id,
    created_at: knex.fn.now(),
  });

  res
    .type('text/csv')
    .attachment(`${project.slug}.csv`)
    .send(
      toCsv(
        project,
        tags,
        /*@B*/ await knex('tasks').where({ project_id: projectId }).orderBy('created_at'),
        /*@B*/ await knex('time_entries').where({ project_id: projectId }).select('task_id', 'minutes'),
      ),
    );
}
