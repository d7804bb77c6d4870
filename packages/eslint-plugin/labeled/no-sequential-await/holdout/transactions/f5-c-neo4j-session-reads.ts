// case: a graph export reads a project, its tasks and their dependencies in one Neo4j read transaction
// category: transactions
// why: the three tx.run calls go through one managed read transaction on one session, which runs
//      one query at a time, so they stay in order; executeRead is the only await of its statement
//      and session.close in finally is a discarded effect
import neo4j, { type Driver } from 'neo4j-driver';

export async function exportProject(driver: Driver, projectId: string) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const project = await tx.run('MATCH (p:Project {id: $projectId}) RETURN p', { projectId });
      const tasks = await tx.run('MATCH (:Project {id: $projectId})<-[:IN]-(t:Task) RETURN t', { projectId });
      const deps = await tx.run(
        `MATCH (:Project {id: $projectId})<-[:IN]-(a:Task)-[d:DEPENDS_ON]->(b:Task)
         RETURN a.id AS from, b.id AS to, d.kind AS kind`,
        { projectId },
      );
      return {
        project: project.records[0]?.get('p').properties,
        tasks: tasks.records.map((r) => r.get('t').properties),
        edges: deps.records.map((r) => r.toObject()),
      };
    });
  } finally {
    await session.close();
  }
}
