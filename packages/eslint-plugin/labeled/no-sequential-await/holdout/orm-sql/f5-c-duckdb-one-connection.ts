// case: a CLI loads a day of Parquet events into DuckDB and prints two summaries
// category: orm-sql
// why: create feeds connect; every statement then goes through that one DuckDB connection, which
//      runs one statement at a time; the CREATE TABLE is a write both SELECTs read, and the two
//      SELECTs share the connection, so nothing here runs together
import { DuckDBInstance } from '@duckdb/node-api';

export async function summarizeDay(day: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();

  await connection.run(
    `CREATE TABLE events AS SELECT * FROM read_parquet('s3://lake/events/dt=${day}/*.parquet')`,
  );
  const byType = await connection.runAndReadAll(
    'SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC',
  );
  const byHour = await connection.runAndReadAll(
    "SELECT date_trunc('hour', ts) AS hour, count(*) AS n FROM events GROUP BY hour ORDER BY hour",
  );

  console.log(`events for ${day}`);
  console.table(byType.getRowObjects());
  console.table(byHour.getRowObjects());
  connection.closeSync();
}

summarizeDay(process.argv[2] ?? new Date().toISOString().slice(0, 10)).catch((err) => {
  console.error(err);
  process.exit(1);
});
