// case: an Express route reads an article and its tags through a mysql2 promise pool
// category: orm-sql
// why: pool.execute takes any free connection of the pool for each query (no shared connection, no
//      transaction); both queries only take the slug from the route and the second uses nothing of the first
import express from 'express';
import mysql, { type RowDataPacket } from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });
export const articles = express.Router();

articles.get('/articles/:slug', async (req, res, next) => {
  try {
    const [rows] = /*@A*/ await pool.execute<RowDataPacket[]>(
      'SELECT id, title, body, published_at FROM articles WHERE slug = ? AND published_at IS NOT NULL',
      [req.params.slug],
    );
    const [tagRows] = /*@A*/ await pool.execute<RowDataPacket[]>(
      `SELECT t.name FROM tags t
         JOIN article_tags at ON at.tag_id = t.id
         JOIN articles a ON a.id = at.article_id
        WHERE a.slug = ?`,
      [req.params.slug],
    );
    if (rows.length === 0) return res.status(404).json({ error: 'not found' });
    res.json({ ...rows[0], tags: tagRows.map((t) => t.name) });
  } catch (err) {
    next(err);
  }
});
