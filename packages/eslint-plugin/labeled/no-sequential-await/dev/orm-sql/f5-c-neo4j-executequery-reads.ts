// case: a recommendations endpoint reads a user's follows and the week's trending products from Neo4j
// category: orm-sql
// why: driver.executeQuery runs each query in its own pooled session, so the follows query and the
//      trending query, which take only the user id or nothing, form group A; the third query needs
//      the friend ids from the first one and is not a member
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI!,
  neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!),
);
const readConfig = { database: 'neo4j', routing: neo4j.routing.READ };

export async function recommendations(userId: string) {
  const follows = /*@A*/ await driver.executeQuery(
    'MATCH (:User {id: $userId})-[:FOLLOWS]->(f:User) RETURN f.id AS id LIMIT 50',
    { userId },
    readConfig,
  );
  const trending = /*@A*/ await driver.executeQuery(
    `MATCH (p:Product)<-[v:VIEWED]-() WHERE v.at > datetime() - duration('P7D')
     RETURN p.sku AS sku, count(v) AS views ORDER BY views DESC LIMIT 20`,
    {},
    readConfig,
  );

  const friendIds = follows.records.map((r) => r.get('id'));
  const bought = await driver.executeQuery(
    `MATCH (f:User)-[:BOUGHT]->(p:Product) WHERE f.id IN $friendIds
     RETURN p.sku AS sku, count(*) AS n ORDER BY n DESC LIMIT 20`,
    { friendIds },
    readConfig,
  );

  return {
    fromFriends: bought.records.map((r) => r.get('sku')),
    trending: trending.records.map((r) => r.get('sku')),
  };
}
