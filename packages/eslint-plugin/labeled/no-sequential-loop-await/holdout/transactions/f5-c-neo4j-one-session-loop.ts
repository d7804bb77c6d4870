// case: an admin script reads each user's team memberships through one Neo4j session
// category: transactions
// why: every session.run goes through the one session opened before the loop, which runs one
//      query at a time (a second run waits for the first result), so the iterations cannot start
//      together even though each only reads its own user
import neo4j, { type Driver } from 'neo4j-driver';

export async function teamsByUser(driver: Driver, userIds: string[]) {
  const teams = new Map<string, string[]>();
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });

  try {
    for (const id of userIds) {
      const result = await session.run(
        'MATCH (:User {id: $id})-[:MEMBER_OF]->(t:Team) RETURN t.name AS team ORDER BY team',
        { id },
      );
      teams.set(
        id,
        result.records.map((r) => r.get('team') as string),
      );
    }
  } finally {
    await session.close();
  }

  return teams;
}
