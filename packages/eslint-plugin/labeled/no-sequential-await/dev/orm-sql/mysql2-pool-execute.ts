// case: a mysql2 promise pool reads a product, its variants and its reviews summary
// category: orm-sql
// why: pool.execute borrows a free connection per call, and the three SELECTs only share the
//      product id, so they are independent reads
import mysql, { type RowDataPacket } from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 10 });

interface ProductRow extends RowDataPacket { id: number; name: string; price_cents: number }
interface VariantRow extends RowDataPacket { sku: string; color: string; size: string; stock: number }
interface ReviewStats extends RowDataPacket { n: number; avg_rating: number | null }

export async function productDetails(productId: number) {
  const [[product]] = /*@A*/ await pool.execute<ProductRow[]>(
    'SELECT id, name, price_cents FROM products WHERE id = ?',
    [productId],
  );
  const [variants] = /*@A*/ await pool.execute<VariantRow[]>(
    'SELECT sku, color, size, stock FROM product_variants WHERE product_id = ? ORDER BY sku',
    [productId],
  );
  const [[reviews]] = /*@A*/ await pool.execute<ReviewStats[]>(
    'SELECT COUNT(*) AS n, AVG(rating) AS avg_rating FROM reviews WHERE product_id = ?',
    [productId],
  );

  return product ? { ...product, variants, reviews } : null;
}
